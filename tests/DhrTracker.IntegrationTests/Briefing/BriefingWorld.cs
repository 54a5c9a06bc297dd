using System.Text;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Import;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Themes;

namespace DhrTracker.IntegrationTests.Briefing;

/// <summary>
/// A partnership's register built through the real services (import, findings, theme merge, settings), whose
/// briefing for <see cref="From"/> to <see cref="To"/> the tests know by construction:
/// EX 1 (partner, two children, one victim), EX 2 (familial, two victims) and EX 3 (household) count;
/// EX 4 (not held), EX 5 (pending), EX 6 (notified the day before) and EX 7 (the day after) do not.
/// Themes: Professional curiosity in EX 1 (key and finding), EX 2 (key) and EX 3 (Routine enquiry, merged into it);
/// MARAC in EX 1 (key) and EX 4 (not held). Good practice: one finding on EX 3 naming Adult D, one on EX 4.
/// Actions: see <see cref="Actions"/>. Synthetic data only.
/// </summary>
public sealed class BriefingWorld : IAsyncDisposable
{
    public const string Partnership = "Exampleshire Safer Partnership";
    public const string Area = "Exampleshire";
    public static readonly DateOnly From = new(2023, 1, 10), To = new(2023, 6, 30);

    public const string Reviews = """
        reference,date_of_death,date_notified,decision,decision_date,victim_pseudonym,victim_age,victim_sex,relationship,children_in_household,themes
        EX 1,2023-01-02,2023-01-10,hold,2023-02-01,Adult A,34,female,partner,2,Professional curiosity;MARAC
        EX 2,2023-03-01,2023-03-05,hold,2023-04-01,Adult B,61,female,parent,0,Professional curiosity
        EX 2,2023-03-01,2023-03-05,hold,2023-04-01,Adult C,58,male,sibling,0,Professional curiosity
        EX 3,2023-05-01,2023-06-30,hold,2023-07-15,Adult D,45,male,household_member,0,Routine enquiry
        EX 4,2023-02-01,2023-02-02,not_hold,2023-03-01,Adult E,40,female,partner,1,MARAC
        EX 5,2023-04-01,2023-04-02,pending,,Adult F,50,female,ex_partner,0,
        EX 6,2022-12-01,2023-01-09,hold,2023-02-01,Adult G,70,female,child,0,Alcohol
        EX 7,2023-06-01,2023-07-01,hold,2023-07-10,Adult H,30,female,partner,1,Alcohol
        """;

    /// <summary>
    /// Counted reviews' actions: 4 not cancelled (1 complete, 1 overdue), 1 cancelled. What's changed: Police's
    /// "Train call handlers" (EX 1) and Housing's "Older review action" (EX 6, held but not counted) were signed off in
    /// the period; EX 7's was signed off after it. Next steps: GP's overdue prompt, Police's guide and Probation's plan.
    /// </summary>
    public const string Actions = """
        reference,recommendation_number,recommendation,scope,action,owner_agency,lead_officer,target_date,status,completed_on,outcome
        EX 1,1,Agencies respond better to disclosures.,multi_agency,Train call handlers,Police,Training lead,2023-12-31,complete,2023-03-15,All call handlers trained.
        EX 1,1,Agencies respond better to disclosures.,multi_agency,Add a routine enquiry prompt,GP,Practice manager,2020-06-30,in_progress,,
        EX 2,1,MARAC referrals are made on time.,single,Refresh the MARAC referral guide,Police,MARAC lead,2099-03-31,not_started,,
        EX 2,1,MARAC referrals are made on time.,single,Withdrawn idea,Police,MARAC lead,2099-03-31,cancelled,,
        EX 3,1,Supervision covers household risk.,single,Add household risk to supervision,Probation,Team manager,2099-06-30,in_progress,,
        EX 6,1,Housing checks on older tenants.,single,Older review action,Housing,Housing lead,2023-12-31,complete,2023-05-01,Checks in place.
        EX 7,1,Later review learning.,single,Later review action,Housing,Housing lead,2023-12-31,complete,2023-07-02,Done later.
        """;

    public const string GoodPracticeOnEx3 = "Adult D's probation officer asked about home life at every meeting. Adult D later moved.";

    private BriefingWorld(TestDatabase db) => Db = db;

    public TestDatabase Db { get; }
    public int PartnershipId { get; private set; }
    public int OtherPartnershipId { get; private set; }
    public Dictionary<string, string> Users { get; } = [];

    public static async Task<BriefingWorld> CreateAsync(DatabaseProvider provider)
    {
        var w = new BriefingWorld(await TestDatabase.CreateAsync(provider));
        var db = w.Db;
        w.PartnershipId = await db.CreatePartnershipAsync(Partnership, "EX");
        w.OtherPartnershipId = await db.CreatePartnershipAsync("Otherton Partnership", "OT");
        foreach (var role in new[] { Roles.Coordinator, Roles.Manager, Roles.PanelMember, Roles.Administrator })
        {
            w.Users[role] = await db.CreateUserAsync(role, Partnership);
        }

        w.Users[Roles.AgencyLead] = await db.CreateUserAsync(Roles.AgencyLead, Partnership, agency: "Police");
        w.Users["Other coordinator"] = await db.CreateUserAsync(Roles.Coordinator, "Otherton Partnership");

        db.SignInAs(w.Users[Roles.Coordinator]);
        await ImportAsync(db, ImportKind.Reviews, Reviews);
        await ImportAsync(db, ImportKind.Actions, Actions);
        await w.AddFindingAsync("EX 1", FindingType.MissedOpportunity, "Professional curiosity", "The GP did not ask about the injuries.");
        await w.AddFindingAsync("EX 3", FindingType.GoodPractice, "Supervision", GoodPracticeOnEx3);
        await w.AddFindingAsync("EX 4", FindingType.GoodPractice, "MARAC", "Not a held review.");

        db.SignInAs(w.Users[Roles.Administrator]);
        await w.MergeAsync("Routine enquiry", "Professional curiosity");
        var settings = db.Get<PartnershipSettingsService>();
        var input = (await settings.GetAsync(w.PartnershipId))!;
        input.AreaName = Area;
        Assert.True((await settings.UpdateAsync(input)).Succeeded);
        db.SignInAs(null);
        return w;
    }

    public async Task<Guid> ReviewAsync(string reference)
    {
        await using var context = Db.NewContext();
        return await context.Reviews.Where(r => r.PartnershipId == PartnershipId && r.Reference == reference).Select(r => r.Id).SingleAsync();
    }

    public static async Task ImportAsync(TestDatabase db, ImportKind kind, string csv)
    {
        var result = await db.Get<ImportService>().ImportAsync(new ImportRequest(kind, $"{kind}.csv", Encoding.UTF8.GetBytes(csv)));
        Assert.True(result.Succeeded && result.Value!.Written, string.Join("; ", result.Errors.Select(e => e.Message).Concat(result.Value?.Errors.Select(e => e.ToString()) ?? [])));
    }

    private async Task AddFindingAsync(string reference, FindingType type, string theme, string narrative)
    {
        await using var context = Db.NewContext();
        var themeId = (await ThemeLookup.FindThemeAsync(context, PartnershipId, theme))!.Id;
        var result = await Db.Get<FindingService>().AddAsync(await ReviewAsync(reference),
            new FindingInput { Type = type, Narrative = narrative, ThemeIds = [themeId] });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    private async Task MergeAsync(string theme, string into)
    {
        await using var context = Db.NewContext();
        var source = (await ThemeLookup.FindThemeAsync(context, PartnershipId, theme))!;
        var target = (await ThemeLookup.FindThemeAsync(context, PartnershipId, into))!;
        var result = await Db.Get<ThemeTaxonomyService>().MergeAsync(source.Id, new MergeThemesInput { TargetThemeId = target.Id, Version = source.Version });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
