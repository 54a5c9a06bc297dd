using System.Globalization;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Briefing;
using DhrTracker.Core.Identity;
using DhrTracker.Core.National;
using DhrTracker.Core.People;
using DhrTracker.IntegrationTests.National;

namespace DhrTracker.IntegrationTests.Briefing;

/// <summary>
/// The briefing service over a register built through the real services, on both databases: the counts the
/// world was built to give, who may see it, a bad period and an unknown partnership refused with nothing written
/// but the audit row, a partnership with no held reviews, and the comparison with the shipped national data.
/// </summary>
public sealed class BriefingServiceTests
{
    private static BriefingRequest Period(BriefingWorld w) => new(w.PartnershipId, BriefingWorld.From, BriefingWorld.To);

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_briefing_counts_the_held_reviews_notified_in_the_period_with_their_victims_themes_and_actions(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);
        w.Db.SignInAs(w.Users[Roles.Coordinator]);

        var result = await w.Db.Get<BriefingService>().WriteAsync(Period(w));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var r = result.Value!;
        Assert.Equal((BriefingWorld.Partnership, BriefingWorld.Area, "Domestic Homicide Reviews"), (r.Partnership, r.Area, r.ReviewTypePlural));
        Assert.Equal((3, 4), (r.Reviews, r.Victims));
        Assert.Equal((1, 1, 1, 1), (r.PartnerReviews, r.FamilialReviews, r.HouseholdReviews, r.ReviewsWithChildrenInHousehold));
        Assert.Equal([new BriefingTheme("Professional curiosity", 3), new BriefingTheme("MARAC", 1), new BriefingTheme("Supervision", 1)], r.Themes);
        Assert.Equal(1, r.GoodPracticeFindings);
        Assert.Equal(["[name removed]'s probation officer asked about home life at every meeting."], r.GoodPractice);
        Assert.Equal(new BriefingActionCounts(Total: 4, Complete: 1, Overdue: 1), r.Actions);
        Assert.Equal(["Housing", "Police"], r.WhatsChanged.Select(a => a.Agency));
        Assert.Equal([new BriefingAction("Older review action", "Checks in place.", new DateOnly(2023, 5, 1))], r.WhatsChanged[0].Actions);
        Assert.Equal([new BriefingAction("Train call handlers", "All call handlers trained.", new DateOnly(2023, 3, 15))], r.WhatsChanged[1].Actions);
        Assert.Equal(["GP", "Police", "Probation"], r.NextSteps.Select(a => a.Agency));
        Assert.Equal([new BriefingAction("Add a routine enquiry prompt", null, new DateOnly(2020, 6, 30))], r.NextSteps[0].Actions);
        Assert.Equal(new DateOnly(2026, 11, 26), r.WrittenOn);
        Assert.Contains("Exampleshire Safer Partnership is responsible for Domestic Homicide Reviews in Exampleshire.", r.Background);
    }

    /// <summary>A comparison row as the briefing writes it, the national side worked out here from the shipped files' counts.</summary>
    private static string[] ComparisonRow(string measure, string local, string localPercent, (int Count, int Base) national) =>
    [
        measure, local, localPercent,
        string.Create(CultureInfo.InvariantCulture, $"{national.Count:N0} of {national.Base:N0}"),
        Math.Round(100m * national.Count / national.Base, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%",
    ];

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task With_national_data_loaded_the_comparison_shows_each_local_count_and_base_beside_the_national_share_from_the_files(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);
        w.Db.SignInAs(w.Users[Roles.Administrator]);
        Assert.True((await w.Db.Get<NationalDataService>().LoadShippedAsync()).Succeeded);
        w.Db.SignInAs(w.Users[Roles.Coordinator]);

        // Coercive control recorded on EX 1 only (the import gave every review a circumstances row; EX 1 keeps its two children).
        var ex1 = await w.ReviewAsync("EX 1");
        await using (var context = w.Db.NewContext())
        {
            var version = await context.Circumstances.Where(c => c.ReviewId == ex1).Select(c => c.Version).SingleAsync();
            Assert.True((await w.Db.Get<CircumstancesService>().SaveAsync(ex1,
                new CircumstancesInput { Version = version, CoerciveControl = true, ChildrenInHousehold = 2 })).Succeeded);
        }

        var report = (await w.Db.Get<BriefingService>().WriteAsync(Period(w))).Value!;

        var section = BriefingWording.Compose(report).Sections.Single(s => s.Heading == BriefingWording.ComparisonHeading);
        Assert.Contains(section.Blocks.OfType<BriefingParagraph>(), p => p.Text.Contains($"over {DhrdFolder.Records("incidents.csv").Count} incidents"));
        var table = Assert.Single(section.Blocks.OfType<BriefingTable>());
        Assert.Equal(["Measure", BriefingWorld.Area, $"{BriefingWorld.Area} %", "England and Wales", "England and Wales %"], table.Headers);
        var rows = table.Rows.ToDictionary(r => r[0]);

        // Counted: EX 1 (partner; Adult A, 34, female), EX 2 (familial; Adult B, 61, female; Adult C, 58, male), EX 3 (household; Adult D, 45, male).
        Assert.Equal(ComparisonRow("Category: Partner", "1 of 3", "33.3%", DhrdFolder.IncidentFlag("intimate_partner_violence")), rows["Category: Partner"]);
        Assert.Equal(ComparisonRow("Category: Familial", "1 of 3", "33.3%", DhrdFolder.IncidentFlag("familial_homicide")), rows["Category: Familial"]);
        Assert.Equal(["Category: Household", "1 of 3", "33.3%", "no data", "no data"], rows["Category: Household"]);
        Assert.Equal(ComparisonRow("Abuse: Coercive control", "1 of 3", "33.3%", DhrdFolder.IncidentFlag("coercive_control")), rows["Abuse: Coercive control"]);
        Assert.Equal(ComparisonRow("Abuse: Stalking", "0 of 3", "0.0%", DhrdFolder.IncidentFlag("stalking")), rows["Abuse: Stalking"]);
        Assert.Equal(ComparisonRow("Victim sex: Female", "2 of 4", "50.0%", DhrdFolder.VictimValue("sex_of_victim", "Female")), rows["Victim sex: Female"]);
        Assert.Equal(ComparisonRow("Victim sex: Male", "2 of 4", "50.0%", DhrdFolder.VictimValue("sex_of_victim", "Male")), rows["Victim sex: Male"]);
        Assert.Equal(ComparisonRow("Victim age band: 55-64", "2 of 4", "50.0%", DhrdFolder.VictimValue("age_at_death", "55-64")), rows["Victim age band: 55-64"]);
        Assert.Equal(ComparisonRow("Victim age band: 25-34", "1 of 4", "25.0%", DhrdFolder.VictimValue("age_at_death", "25-34")), rows["Victim age band: 25-34"]);

        // Two of the national shares as worked out by hand from the files once: 487 of 647 incidents, 469 of 614 victims of known sex.
        Assert.Equal(["487 of 647", "75.3%"], rows["Category: Partner"].Skip(3));
        Assert.Equal("469 of 614", rows["Victim sex: Female"][3]);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task All_time_counts_every_held_review_and_the_command_gets_the_good_practice_count_without_its_text(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);

        var result = await w.Db.AsInstallation<BriefingService>().WriteAsync(new BriefingRequest(w.PartnershipId));

        var r = result.Value!;
        Assert.Equal((5, 6, 2, 2), (r.Reviews, r.Victims, r.PartnerReviews, r.ReviewsWithChildrenInHousehold));
        Assert.Equal((1, 0), (r.GoodPracticeFindings, r.GoodPractice.Count));
        Assert.Equal([new BriefingTheme("Professional curiosity", 3), new BriefingTheme("Alcohol", 2), new BriefingTheme("MARAC", 1), new BriefingTheme("Supervision", 1)],
            r.Themes);
        Assert.Equal(["Housing", "Police"], r.WhatsChanged.Select(a => a.Agency));
        Assert.Equal(["Later review action", "Older review action"], r.WhatsChanged[0].Actions.Select(a => a.Description).Order());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Coordinators_and_managers_may_see_it_and_everyone_else_is_refused_with_a_denied_audit_row(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);
        foreach (var allowed in new[] { Roles.Coordinator, Roles.Manager })
        {
            w.Db.SignInAs(w.Users[allowed]);
            Assert.True((await w.Db.Get<BriefingService>().WriteAsync(Period(w))).Succeeded, allowed);
        }

        foreach (var refused in new[] { Roles.PanelMember, Roles.AgencyLead, Roles.Administrator, "Other coordinator" })
        {
            w.Db.SignInAs(w.Users[refused]);
            var result = await w.Db.Get<BriefingService>().WriteAsync(Period(w));
            Assert.Null(result.Value);
            Assert.Equal("You do not have permission to see this partnership's briefing.", Assert.Single(result.Errors).Message);
        }

        await using var context = w.Db.NewContext();
        var rows = await context.AuditEntries.Where(a => a.EntityType == BriefingService.Entity).OrderBy(a => a.Id)
            .Select(a => new { a.Action, a.Outcome, a.EntityId, a.Detail }).ToListAsync();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, a => Assert.Equal((AuditActions.View, w.PartnershipId.ToString(), "period=2023-01-10 to 2023-06-30"), (a.Action, a.EntityId, a.Detail)));
        Assert.Equal([AuditOutcome.Succeeded, AuditOutcome.Succeeded, AuditOutcome.Denied, AuditOutcome.Denied, AuditOutcome.Denied, AuditOutcome.Denied],
            rows.Select(a => a.Outcome));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_end_before_the_start_is_refused_by_name_and_writes_only_its_audit_row(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);
        w.Db.SignInAs(w.Users[Roles.Manager]);
        var before = await AccessMatrixWorlds.FingerprintAsync(w.Db);

        var result = await w.Db.Get<BriefingService>().WriteAsync(new BriefingRequest(w.PartnershipId, BriefingWorld.To, BriefingWorld.From));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("To", "The end of the period must be on or after its start."), (error.Field, error.Message));
        Assert.Equal(before, await AccessMatrixWorlds.FingerprintAsync(w.Db));
        await using var context = w.Db.NewContext();
        var row = await context.AuditEntries.SingleAsync(a => a.EntityType == BriefingService.Entity);
        Assert.Equal((AuditOutcome.Refused, "period=2023-06-30 to 2023-01-10"), (row.Outcome, row.Detail));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_unknown_partnership_is_refused_by_name(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);

        var result = await w.Db.AsInstallation<BriefingService>().WriteAsync(new BriefingRequest(w.PartnershipId + 1000));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Partnership", "There is no such partnership."), (error.Field, error.Message));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_partnership_with_no_held_reviews_in_the_period_has_none_to_report(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);
        w.Db.SignInAs(w.Users["Other coordinator"]);

        var other = (await w.Db.Get<BriefingService>().WriteAsync(new BriefingRequest(w.OtherPartnershipId))).Value!;
        w.Db.SignInAs(w.Users[Roles.Coordinator]);
        var empty = (await w.Db.Get<BriefingService>().WriteAsync(new BriefingRequest(w.PartnershipId, new DateOnly(2024, 1, 1)))).Value!;

        Assert.False(other.HasReviews);
        Assert.Equal(("Otherton Partnership", 0, 0), (other.Area, other.Reviews, other.Victims));
        Assert.False(empty.HasReviews);
        Assert.Empty(empty.Themes);
        Assert.Empty(empty.NextSteps);
        Assert.Empty(empty.WhatsChanged);
        Assert.Equal(new BriefingActionCounts(0, 0, 0), empty.Actions);
    }
}
