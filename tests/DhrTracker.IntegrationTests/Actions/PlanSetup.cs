using DhrTracker.Core.Actions;
using DhrTracker.Core.Common;
using DhrTracker.Core.Files;
using DhrTracker.Core.Identity;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using DhrTracker.IntegrationTests.Panel;

namespace DhrTracker.IntegrationTests.Actions;

/// <summary>
/// Partnership A with a review (victim "Adult Kestrel"), one recommendation and two actions: one owned
/// by Police (due 31 Jan 2027) and one by Housing (due 20 Nov 2026, so overdue on the test clock's
/// 26 Nov 2026). Accounts: a coordinator, a manager outside both agencies, a Police manager, a Police
/// lead and a Housing lead. Signed in as the coordinator.
/// </summary>
internal sealed record PlanSetup(TestDatabase Db, string Coordinator, string Manager, string PoliceManager, string PoliceLead,
    string HousingLead, Guid ReviewId, Guid RecommendationId, Guid PoliceAction, Guid HousingAction, int Police, int Housing) : IAsyncDisposable
{
    public const string Partnership = "Partnership A";
    public const string VictimPseudonym = "Adult Kestrel";
    public static readonly DateOnly RecommendationMade = new(2026, 10, 1);

    public ActionPlanService Plan => Db.Get<ActionPlanService>();
    public ActionProgressService Progress => Db.Get<ActionProgressService>();

    public static async Task<PlanSetup> CreateAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync(Partnership, "A DHR");
        var coordinator = await db.CreateUserAsync(Roles.Coordinator, Partnership);
        var manager = await db.CreateUserAsync(Roles.Manager, Partnership);
        var policeManager = await db.CreateUserAsync(Roles.Manager, Partnership, agency: "Police");
        var policeLead = await db.CreateUserAsync(Roles.AgencyLead, Partnership, agency: "Police");
        var housingLead = await db.CreateUserAsync(Roles.AgencyLead, Partnership, agency: "Housing");
        db.SignInAs(coordinator);
        var created = await db.Get<ReviewService>().CreateAsync(new NewReviewInput
        {
            Reference = "A DHR1",
            DateOfDeath = new DateOnly(2026, 2, 20),
            DateNotified = new DateOnly(2026, 3, 2),
        });
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        var victim = await db.Get<VictimService>().AddAsync(created.Value, new VictimInput { Pseudonym = VictimPseudonym, AgeAtDeath = 34 });
        Assert.True(victim.Succeeded, string.Join("; ", victim.Errors));

        var police = await PanelAccessTests.AgencyIdAsync(db, "Police");
        var housing = await PanelAccessTests.AgencyIdAsync(db, "Housing");
        var plan = db.Get<ActionPlanService>();
        var rec = Ok(await plan.AddRecommendationAsync(created.Value, new RecommendationInput
        {
            Number = 1,
            Text = "Agencies should review how risk is assessed after a reported assault.",
            MultiAgency = true,
            Scope = RecommendationScope.Local,
            MadeOn = RecommendationMade,
        }));
        var policeAction = Ok(await plan.AddActionAsync(rec, NewAction(police, new DateOnly(2027, 1, 31))));
        var housingAction = Ok(await plan.AddActionAsync(rec, NewAction(housing, new DateOnly(2026, 11, 20))));
        return new PlanSetup(db, coordinator, manager, policeManager, policeLead, housingLead, created.Value, rec, policeAction, housingAction, police, housing);
    }

    public static ActionInput NewAction(int agency, DateOnly target) => new()
    {
        Description = "Revise the risk assessment guidance and train front-line staff.",
        OwnerAgencyId = agency,
        LeadOfficer = "Head of Safeguarding",
        LeadOfficerEmail = "lead@example.org",
        TargetDate = target,
    };

    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value!;
    }

    public static FileUpload Pdf() => PanelAccessTests.Pdf();

    /// <summary>Posts an update with evidence and marks the action complete, as its lead would.</summary>
    public async Task CompleteAsync(Guid actionId, string lead)
    {
        Db.SignInAs(lead);
        Ok(await Progress.PostUpdateAsync(actionId, new ProgressUpdateInput { Date = new DateOnly(2026, 11, 25), Text = "Guidance reissued." }, Pdf()));
        Ok(await Progress.MarkCompleteAsync(actionId, new CompleteActionInput { Outcome = "All staff trained; audit shows use in 95% of cases." }));
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
