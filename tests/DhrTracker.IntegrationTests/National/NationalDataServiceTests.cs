using DhrTracker.Core.Audit;
using DhrTracker.Core.Identity;
using DhrTracker.Core.National;

namespace DhrTracker.IntegrationTests.National;

/// <summary>
/// Loading the DHRD files: the shipped set in full, percentages against figures this test computes from the
/// files itself, a re-load replacing the previous set, and each malformed folder refused with its file,
/// column and row named and the previous data untouched, and a failure partway through the write rolled back.
/// </summary>
public sealed class NationalDataServiceTests
{
    private const string AdminEmail = "national-admin@example.org";

    private static async Task<(TestDatabase Db, string Admin)> CreateAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync("Northbridge CSP");
        var admin = await db.CreateUserAsync(Roles.Administrator, "Northbridge CSP", AdminEmail);
        db.SignInAs(admin);
        return (db, admin);
    }

    private static decimal? Percent(int count, int known) =>
        known == 0 ? null : Math.Round(100m * count / known, 1, MidpointRounding.AwayFromZero);

    private static (int True, int Known) Flag(List<Dictionary<string, string>> rows, string column) =>
        (rows.Count(r => r[column].Equals("True", StringComparison.OrdinalIgnoreCase)), rows.Count(r => r[column].Length > 0));

    private static async Task<(int Incidents, int Victims, int Perpetrators, NationalDataSet Set)> StateAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        return (await context.NationalIncidents.CountAsync(), await context.NationalVictims.CountAsync(),
            await context.NationalPerpetrators.CountAsync(), await context.NationalDataSets.AsNoTracking().SingleAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Loading_the_shipped_files_gives_every_row_and_records_the_set(DatabaseProvider provider)
    {
        var (db, admin) = await CreateAsync(provider);
        await using var _ = db;

        var result = await db.Get<NationalDataService>().LoadShippedAsync();

        // The copy built into Core is the repository's copy, byte for byte.
        var shipped = NationalDataFiles.Shipped();
        Assert.All([shipped.Incidents!, shipped.Victims!, shipped.Perpetrators!],
            f => Assert.Equal(File.ReadAllBytes(Path.Combine(DhrdFolder.Shipped, f.Name)), f.Content));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal((647, 619, 647), (result.Value!.Incidents, result.Value.Victims, result.Value.Perpetrators));
        Assert.Equal((DhrdFolder.Records("incidents.csv").Count, DhrdFolder.Records("victims.csv").Count, DhrdFolder.Records("perpetrators.csv").Count),
            (result.Value.Incidents, result.Value.Victims, result.Value.Perpetrators));
        var state = await StateAsync(db);
        Assert.Equal((647, 619, 647), (state.Incidents, state.Victims, state.Perpetrators));
        Assert.Equal((647, 619, 647, admin, TestDatabase.Now.UtcDateTime), (state.Set.Incidents, state.Set.Victims, state.Set.Perpetrators, state.Set.LoadedByUserId, state.Set.LoadedUtc));
        Assert.Contains("DHRD (Cook & Cook, 2026), MIT licence", state.Set.Source);

        await using var context = db.NewContext();
        var first = await context.NationalIncidents.AsNoTracking().Include(i => i.Victims).Include(i => i.Perpetrators).SingleAsync(i => i.Id == "INC-0001");
        Assert.Equal((2018, true, false, true), (first.DeathYear, first.IntimatePartnerViolence, first.FamilialHomicide, first.CoerciveControl));
        Assert.Equal(("Common-law spouse", null, "Female", false), (first.Victims.Single().Relationship, first.Victims.Single().AgeBand, first.Victims.Single().Sex, first.Victims.Single().DiedBySuicide));
        Assert.Equal(("25-34", "Male", "Not guilty"), (first.Perpetrators.Single().AgeBand, first.Perpetrators.Single().Sex, first.Perpetrators.Single().CourtVerdict));
        var audit = await context.AuditEntries.AsNoTracking().Where(e => e.EntityType == NationalDataService.Entity).SingleAsync();
        Assert.Equal((AuditActions.Import, AuditOutcome.Succeeded, admin), (audit.Action, audit.Outcome, audit.UserId));
        Assert.Contains("647 incidents, 619 victims, 647 perpetrators", audit.Detail);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task National_percentages_match_figures_computed_from_the_shipped_files(DatabaseProvider provider)
    {
        var (db, _) = await CreateAsync(provider);
        await using var __ = db;
        Assert.True((await db.Get<NationalDataService>().LoadShippedAsync()).Succeeded);
        var incidents = DhrdFolder.Records("incidents.csv");
        var victims = DhrdFolder.Records("victims.csv");

        await using var context = db.NewContext();
        var summary = await NationalComparison.SummaryAsync(context);

        Assert.NotNull(summary);
        Assert.Equal(incidents.Count, summary.Incidents);
        decimal? FromFile(string column) => Flag(incidents, column) is var f ? Percent(f.True, f.Known) : null;
        Assert.Equal(FromFile("intimate_partner_violence"), summary.PartnerPercent);
        Assert.Equal(FromFile("familial_homicide"), summary.FamilialPercent);
        Assert.Equal(FromFile("children_present"), summary.ChildrenPresentPercent);
        Assert.Equal(FromFile("coercive_control"), summary.CoerciveControlPercent);
        // The same four, worked out by hand from the files once (487, 153, 181 and 403 of 647).
        Assert.Equal([75.3m, 23.6m, 28.0m, 62.3m], [summary.PartnerPercent!.Value, summary.FamilialPercent!.Value, summary.ChildrenPresentPercent!.Value, summary.CoerciveControlPercent!.Value]);

        var table = await NationalComparison.CompareAsync(context, context.Reviews.Select(r => r.Id));
        Assert.True(table.HasNational);
        var national = table.Rows.ToDictionary(r => (r.Group, r.Measure), r => r.National);
        foreach (var (measure, column) in new[]
                 {
                     ("Coercive control", "coercive_control"), ("Economic abuse", "economic_abuse"), ("Physical abuse", "physical_abuse"),
                     ("Emotional abuse", "emotional_abuse"), ("Sexual abuse", "sexual_abuse"), ("Stalking", "stalking"),
                     ("Separation", "separation"), ("Honour-based abuse", "honour_based_violence"), ("Forced marriage", "forced_marriage"),
                     ("Homicide-suicide", "homicide_suicide"), ("Children present", "children_present"),
                 })
        {
            var (count, known) = Flag(incidents, column);
            Assert.Equal(new Share(count, known), national[(NationalComparison.AbuseGroup, measure)]);
        }

        Assert.Equal(new Share(Flag(incidents, "intimate_partner_violence").True, incidents.Count), national[(NationalComparison.CategoryGroup, "Partner")]);
        Assert.Equal(new Share(Flag(incidents, "familial_homicide").True, incidents.Count), national[(NationalComparison.CategoryGroup, "Familial")]);
        Assert.Null(national[(NationalComparison.CategoryGroup, "Household")]);

        var knownSex = victims.Where(v => v["sex_of_victim"] is not ("Unknown" or "")).ToList();
        foreach (var sex in new[] { "Female", "Male", "Other" })
        {
            Assert.Equal(new Share(knownSex.Count(v => v["sex_of_victim"] == sex), knownSex.Count), national[(NationalComparison.SexGroup, sex)]);
        }

        Assert.Equal(new Share(469, 614), national[(NationalComparison.SexGroup, "Female")]);
        var knownAge = victims.Where(v => v["age_at_death"] is not ("Unknown" or "")).ToList();
        foreach (var band in new[] { "16-19", "20-24", "25-34", "35-44", "45-54", "55-64", "65+" })
        {
            Assert.Equal(new Share(knownAge.Count(v => v["age_at_death"] == band), knownAge.Count), national[(NationalComparison.AgeGroup, band)]);
        }

        Assert.Equal(498, knownAge.Count);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Loading_again_replaces_the_previous_set_entirely(DatabaseProvider provider)
    {
        var (db, _) = await CreateAsync(provider);
        await using var __ = db;
        var service = db.Get<NationalDataService>();
        Assert.True((await service.LoadShippedAsync()).Succeeded);

        // A smaller national set: the first ten incidents and only their victims and perpetrators.
        using var folder = new DhrdFolder();
        var keep = DhrdFolder.Records("incidents.csv").Take(10).Select(r => r["incident_id"]).ToHashSet();
        folder.Change("incidents.csv", rows => rows.RemoveRange(11, rows.Count - 11));
        folder.Change("victims.csv", rows => rows.RemoveAll(r => r[1] != "incident_id" && !keep.Contains(r[1])));
        folder.Change("perpetrators.csv", rows => rows.RemoveAll(r => r[1] != "incident_id" && !keep.Contains(r[1])));
        var victims = DhrdFolder.Records("victims.csv", folder.Path).Count;
        var perpetrators = DhrdFolder.Records("perpetrators.csv", folder.Path).Count;
        db.Time.Advance(TimeSpan.FromDays(1));

        var result = await service.LoadAsync(await NationalDataFiles.FromFolderAsync(folder.Path));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var state = await StateAsync(db);
        Assert.Equal((10, victims, perpetrators), (state.Incidents, state.Victims, state.Perpetrators));
        Assert.Equal((10, victims, perpetrators, db.Time.GetUtcNow().UtcDateTime), (state.Set.Incidents, state.Set.Victims, state.Set.Perpetrators, state.Set.LoadedUtc));
        Assert.StartsWith("DHRD files from the folder dhr-national-", state.Set.Source);
        await using var context = db.NewContext();
        Assert.Equal(keep.Order(), (await context.NationalIncidents.Select(i => i.Id).ToListAsync()).Order());
        Assert.Equal(10, (await NationalComparison.SummaryAsync(context))!.Incidents);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_failure_partway_through_writing_a_new_set_rolls_back_to_the_previous_set(DatabaseProvider provider)
    {
        var (db, _) = await CreateAsync(provider);
        await using var __ = db;
        var service = db.Get<NationalDataService>();
        Assert.True((await service.LoadShippedAsync()).Succeeded);
        var before = await StateAsync(db);

        // Stands in for a disk or connection failure: the database refuses the 300th victim of the file, which is
        // written after the previous set is deleted and the first chunks of the new one are in.
        var victim = DhrdFolder.Records("victims.csv")[299]["victim_id"];
        await using (var context = db.NewContext())
        {
            await context.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite
                ? $"CREATE TRIGGER national_crash BEFORE INSERT ON \"NationalVictims\" WHEN NEW.\"Id\" = '{victim}' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;"
                : $"CREATE TRIGGER national_crash ON [NationalVictims] AFTER INSERT AS IF EXISTS (SELECT 1 FROM inserted WHERE [Id] = N'{victim}') THROW 50000, 'simulated crash', 1;");
        }

        db.Time.Advance(TimeSpan.FromDays(1));

        var crash = await Assert.ThrowsAnyAsync<DbUpdateException>(() => service.LoadShippedAsync());

        Assert.Contains("simulated crash", crash.InnerException?.Message ?? crash.Message);
        var after = await StateAsync(db);
        Assert.Equal((before.Incidents, before.Victims, before.Perpetrators), (after.Incidents, after.Victims, after.Perpetrators));
        Assert.Equal((DhrdFolder.Records("incidents.csv").Count, DhrdFolder.Records("victims.csv").Count, DhrdFolder.Records("perpetrators.csv").Count),
            (after.Incidents, after.Victims, after.Perpetrators));
        Assert.Equal((before.Set.Id, before.Set.LoadedUtc, before.Set.Source), (after.Set.Id, after.Set.LoadedUtc, after.Set.Source));
        await using var check = db.NewContext();
        Assert.True(await check.NationalVictims.AnyAsync(v => v.Id == victim), "the previous set's own copy of the refused victim is back");
        Assert.Equal(DhrdFolder.IncidentFlag("coercive_control").Count, await check.NationalIncidents.CountAsync(i => i.CoerciveControl == true));
        Assert.Equal(1, await check.AuditEntries.CountAsync(e => e.EntityType == NationalDataService.Entity && e.Outcome == AuditOutcome.Succeeded));
    }

    /// <summary>Each way a folder can be wrong: what to break, and the words the refusal must contain.</summary>
    public static TheoryData<DatabaseProvider, string> Malformed()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.SqlServer })
        {
            foreach (var name in Breakages.Keys)
            {
                data.Add(provider, name);
            }
        }

        return data;
    }

    private static readonly Dictionary<string, (Action<DhrdFolder> Break, string[] Expected)> Breakages = new()
    {
        ["missing file"] = (f => f.Delete("victims.csv"), ["victims.csv: is missing"]),
        ["renamed column"] = (f => f.Set("incidents.csv", 1, "coercive_control", "coercive_control_flag"),
            ["incidents.csv, column coercive_control: is missing from the header row"]),
        ["victim pointing to no incident"] = (f => f.Set("victims.csv", 6, "incident_id", "INC-9999"),
            ["victims.csv, row 6, column incident_id, value \"INC-9999\": no incident in incidents.csv has this id."]),
        ["perpetrator pointing to no incident"] = (f => f.Set("perpetrators.csv", 9, "incident_id", "INC-0000"),
            ["perpetrators.csv, row 9, column incident_id, value \"INC-0000\": no incident in incidents.csv has this id."]),
        ["bad boolean"] = (f => f.Set("incidents.csv", 3, "children_present", "Yes"),
            ["incidents.csv, row 3, column children_present, value \"Yes\": must be True, False or empty"]),
        ["duplicate id"] = (f => f.Set("victims.csv", 4, "victim_id", "VIC-0001"),
            ["victims.csv, row 4, column victim_id, value \"VIC-0001\": is a duplicate: row 2 has the same id."]),
        ["file over the size limit"] = (f => f.Change("perpetrators.csv", rows => rows.AddRange(Enumerable.Repeat(rows[1], 90_000))),
            ["perpetrators.csv: is ", " MB, larger than the 10 MB a national data file may be."]),
        ["empty incidents file"] = (f => f.Change("incidents.csv", rows => rows.RemoveRange(1, rows.Count - 1)),
            ["incidents.csv: has a header row but no incidents"]),
        ["two problems at once"] = (f =>
        {
            f.Set("incidents.csv", 5, "death_date", "Spring 2019");
            f.Set("perpetrators.csv", 2, "sex_of_perpetrator", "M");
        }, ["incidents.csv, row 5, column death_date, value \"Spring 2019\"", "perpetrators.csv, row 2, column sex_of_perpetrator, value \"M\"", "2 problems"]),
    };

    [Theory, MemberData(nameof(Malformed))]
    public async Task A_malformed_folder_is_refused_naming_the_problem_and_the_previous_data_stays(DatabaseProvider provider, string breakage)
    {
        var (db, _) = await CreateAsync(provider);
        await using var __ = db;
        var service = db.Get<NationalDataService>();
        Assert.True((await service.LoadShippedAsync()).Succeeded);
        var before = await StateAsync(db);
        using var folder = new DhrdFolder();
        var (breakIt, expected) = Breakages[breakage];
        breakIt(folder);
        db.Time.Advance(TimeSpan.FromDays(1));

        var result = await service.LoadAsync(await NationalDataFiles.FromFolderAsync(folder.Path));

        Assert.False(result.Succeeded);
        var messages = string.Join("\n", result.Errors.Select(e => e.Message));
        Assert.All(expected, e => Assert.Contains(e, messages));
        Assert.Contains("Nothing was loaded", messages);
        var after = await StateAsync(db);
        Assert.Equal((before.Incidents, before.Victims, before.Perpetrators), (after.Incidents, after.Victims, after.Perpetrators));
        Assert.Equal((before.Set.Id, before.Set.LoadedUtc, before.Set.Source), (after.Set.Id, after.Set.LoadedUtc, after.Set.Source));
        await using var context = db.NewContext();
        var refused = await context.AuditEntries.AsNoTracking().Where(e => e.EntityType == NationalDataService.Entity).OrderBy(e => e.Id).LastAsync();
        Assert.Equal((AuditActions.Import, AuditOutcome.Refused), (refused.Action, refused.Outcome));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Only_an_administrator_may_load_and_a_refusal_changes_nothing(DatabaseProvider provider)
    {
        var (db, _) = await CreateAsync(provider);
        await using var __ = db;
        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Northbridge CSP"));

        var result = await db.Get<NationalDataService>().LoadShippedAsync();

        Assert.False(result.Succeeded);
        Assert.Equal("Only an Administrator can load the national data.", result.Errors.Single().Message);
        await using var context = db.NewContext();
        Assert.Equal(0, await context.NationalIncidents.CountAsync());
        Assert.False(await context.NationalDataSets.AnyAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_status_says_nothing_is_loaded_then_who_loaded_what(DatabaseProvider provider)
    {
        var (db, _) = await CreateAsync(provider);
        await using var __ = db;
        var service = db.Get<NationalDataService>();

        var empty = (await service.StatusAsync()).Value!;
        Assert.Null(empty.Loaded);
        Assert.True(empty.CanLoad);
        Assert.Contains("MIT License", empty.LicenceNotice);
        await using (var context = db.NewContext())
        {
            Assert.Null(await NationalComparison.SummaryAsync(context));
            var table = await NationalComparison.CompareAsync(context, context.Reviews.Select(r => r.Id));
            Assert.False(table.HasNational);
            Assert.All(table.Rows, r => Assert.Null(r.National));
        }

        Assert.True((await service.LoadShippedAsync()).Succeeded);
        var loaded = (await service.StatusAsync()).Value!;
        Assert.Equal((647, AdminEmail), (loaded.Loaded!.Incidents, loaded.LoadedBy));

        db.SignInAs(await db.CreateUserAsync(Roles.Manager, "Northbridge CSP"));
        var managers = (await service.StatusAsync()).Value!;
        Assert.False(managers.CanLoad);
        Assert.Equal(647, managers.Loaded!.Incidents);
    }
}
