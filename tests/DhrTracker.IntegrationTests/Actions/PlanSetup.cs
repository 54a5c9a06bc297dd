using DhrTracker.Core.Actions;
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
        var reviewId = await CaseFile.NewReviewAsync(db, "A DHR1", new DateOnly(2026, 2, 20), new DateOnly(2026, 3, 2));
        var victim = await db.Get<VictimService>().AddAsync(reviewId, new VictimInput { PseudonymChoice = PseudonymChoice.ChosenByPanel, Pseudonym = VictimPseudonym, AgeAtDeath = 34 });
        Assert.True(victim.Succeeded, string.Join("; ", victim.Errors));

        var police = await PanelAccessTests.AgencyIdAsync(db, "Police");
        var housing = await PanelAccessTests.AgencyIdAsync(db, "Housing");
        var plan = db.Get<ActionPlanService>();
        var rec = CaseFile.Ok(await plan.AddRecommendationAsync(reviewId, new RecommendationInput
        {
            Number = 1,
            Text = "Agencies should review how risk is assessed after a reported assault.",
            MultiAgency = true,
            Scope = RecommendationScope.Local,
            MadeOn = CaseFile.RecommendationMade,
        }));
        var policeAction = CaseFile.Ok(await plan.AddActionAsync(rec, CaseFile.NewAction(police, new DateOnly(2027, 1, 31))));
        var housingAction = CaseFile.Ok(await plan.AddActionAsync(rec, CaseFile.NewAction(housing, new DateOnly(2026, 11, 20))));
        return new PlanSetup(db, coordinator, manager, policeManager, policeLead, housingLead, reviewId, rec, policeAction, housingAction, police, housing);
    }

    /// <summary>Posts an update with evidence and marks the action complete, as its lead would.</summary>
    public async Task CompleteAsync(Guid actionId, string lead)
    {
        Db.SignInAs(lead);
        CaseFile.Ok(await Progress.PostUpdateAsync(actionId, new ProgressUpdateInput { Date = new DateOnly(2026, 11, 25), Text = "Guidance reissued." }, CaseFile.Pdf()));
        CaseFile.Ok(await Progress.MarkCompleteAsync(actionId, new CompleteActionInput { Outcome = "All staff trained; audit shows use in 95% of cases." }));
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
