using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;

namespace DhrTracker.IntegrationTests.Actions;

public sealed class ActionPlanServiceTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_plan_lists_recommendations_with_numbered_actions_and_derives_overdue(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);

        var plan = await s.Plan.GetAsync(s.ReviewId);

        var rec = Assert.Single(plan!.Recommendations);
        Assert.Equal("The partnership", rec.AddressedTo);
        Assert.Equal(["1.1", "1.2"], rec.Actions.Select(a => a.Number));
        Assert.Equal([false, true], rec.Actions.Select(a => a.IsOverdue));
        Assert.True(plan.CanManage);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_target_date_before_the_recommendation_was_made_is_refused_and_nothing_saved(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);

        var result = await s.Plan.AddActionAsync(s.RecommendationId, CaseFile.NewAction(s.Police, CaseFile.RecommendationMade.AddDays(-1)));

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(ActionInput.TargetDate), "Target date must be on or after the date the recommendation was made (1 Oct 2026)."),
            (error.Field, error.Message));
        await using var context = s.Db.NewContext();
        Assert.Equal(2, await context.Actions.CountAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Moving_a_target_date_needs_a_reason_and_keeps_each_revision(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        var input = CaseFile.NewAction(s.Police, new DateOnly(2027, 3, 31));

        var refused = await s.Plan.UpdateActionAsync(s.PoliceAction, input);
        input.TargetDateReason = "Training provider postponed the course.";
        var saved = await s.Plan.UpdateActionAsync(s.PoliceAction, input);

        Assert.Equal(nameof(ActionInput.TargetDateReason), Assert.Single(refused.Errors).Field);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        var detail = await s.Progress.GetAsync(s.PoliceAction);
        var revision = Assert.Single(detail!.TargetRevisions);
        Assert.Equal((new DateOnly(2027, 1, 31), new DateOnly(2027, 3, 31), "Training provider postponed the course."),
            (revision.FromDate, revision.ToDate, revision.Reason));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Complete_without_evidence_is_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        s.Db.SignInAs(s.PoliceLead);

        var result = await s.Progress.MarkCompleteAsync(s.PoliceAction, new CompleteActionInput { Outcome = "Done." });

        Assert.Equal(ActionRules.EvidenceNeeded, Assert.Single(result.Errors).Message);
        await using var context = s.Db.NewContext();
        var action = await context.Actions.SingleAsync(a => a.Id == s.PoliceAction);
        Assert.Equal((ActionStatus.NotStarted, null), (action.Status, action.Outcome));
        Assert.Equal(0, await context.AuditEntries.CountAsync(a => a.Action == ActionAuditActions.Complete));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Evidence_of_the_wrong_type_refuses_the_whole_update(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        s.Db.SignInAs(s.PoliceLead);
        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0];

        var result = await s.Progress.PostUpdateAsync(s.PoliceAction, new ProgressUpdateInput { Date = new DateOnly(2026, 11, 25), Text = "Policy attached." },
            new Core.Files.FileUpload("policy.pdf", exe.Length, new MemoryStream(exe)));

        Assert.Equal("Evidence", Assert.Single(result.Errors).Field);
        await using var context = s.Db.NewContext();
        Assert.Equal((0, 0, 0), (await context.ActionUpdates.CountAsync(), await context.ActionEvidence.CountAsync(), await context.StoredFiles.CountAsync()));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_lead_completes_and_a_manager_outside_the_agency_signs_off(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        await s.CompleteAsync(s.PoliceAction, s.PoliceLead);

        s.Db.SignInAs(s.PoliceManager);
        var byOwner = await s.Plan.SignOffAsync(s.PoliceAction, (await s.Progress.GetAsync(s.PoliceAction))!.Action.Version);
        s.Db.SignInAs(s.Manager);
        var detail = await s.Progress.GetAsync(s.PoliceAction);
        var signed = await s.Plan.SignOffAsync(s.PoliceAction, detail!.Action.Version);

        Assert.Equal(ActionRules.OwnerCannotSignOff, Assert.Single(byOwner.Errors).Message);
        Assert.True(detail.CanSignOff);
        Assert.True(signed.Succeeded, string.Join("; ", signed.Errors));
        await using var context = s.Db.NewContext();
        var action = await context.Actions.SingleAsync(a => a.Id == s.PoliceAction);
        Assert.Equal((ActionStatus.Complete, s.Manager), (action.Status, action.SignedOffByUserId));
        Assert.Equal(1, await context.AuditEntries.CountAsync(a => a.Action == ActionAuditActions.SignOff && a.Outcome == AuditOutcome.Succeeded));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Sign_off_against_a_stale_version_is_a_conflict(DatabaseProvider provider)
    {
        // The manager's page was opened before the lead marked the action complete (nothing else changes it since:
        // an action awaiting sign-off takes no updates or edits).
        await using var s = await PlanSetup.CreateAsync(provider);
        s.Db.SignInAs(s.PoliceLead);
        CaseFile.Ok(await s.Progress.PostUpdateAsync(s.PoliceAction, new ProgressUpdateInput { Date = new DateOnly(2026, 11, 25), Text = "Guidance reissued." }, CaseFile.Pdf()));
        s.Db.SignInAs(s.Manager);
        var seen = (await s.Progress.GetAsync(s.PoliceAction))!.Action.Version;
        s.Db.SignInAs(s.PoliceLead);
        CaseFile.Ok(await s.Progress.MarkCompleteAsync(s.PoliceAction, new CompleteActionInput { Outcome = "All staff trained." }));

        s.Db.SignInAs(s.Manager);
        var result = await s.Plan.SignOffAsync(s.PoliceAction, seen);

        Assert.Equal(Refusals.Conflict, Assert.Single(result.Errors).Message);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Cancelling_needs_a_reason_and_a_cancelled_action_takes_no_more_updates(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);

        var refused = await s.Plan.CancelActionAsync(s.HousingAction, new CancelActionInput { Reason = " " });
        var cancelled = await s.Plan.CancelActionAsync(s.HousingAction, new CancelActionInput { Reason = "Superseded by recommendation 2." });
        s.Db.SignInAs(s.HousingLead);
        var update = await s.Progress.PostUpdateAsync(s.HousingAction, new ProgressUpdateInput { Date = new DateOnly(2026, 11, 26), Text = "x" });

        Assert.Equal(nameof(CancelActionInput.Reason), Assert.Single(refused.Errors).Field);
        Assert.True(cancelled.Succeeded);
        Assert.Equal(ActionRules.Closed, Assert.Single(update.Errors).Message);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Closing_review_with_open_actions_is_refused_listing_them(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        var lifecycle = s.Db.Get<Core.Reviews.ReviewLifecycleService>();
        var moves = Reviews.ReviewLifecycleServiceTests.WholeLifecycle().ToList();
        await CaseFile.SeatChairAsync(s.Db, s.ReviewId, PlanSetup.Partnership);
        foreach (var move in moves[..^1])
        {
            move.Version = await VersionAsync(s);
            CaseFile.Ok(await lifecycle.MoveAsync(s.ReviewId, move));
        }

        await s.CompleteAsync(s.PoliceAction, s.PoliceLead);
        s.Db.SignInAs(s.Coordinator);
        var close = moves[^1];
        close.Version = await VersionAsync(s);
        var refused = await lifecycle.MoveAsync(s.ReviewId, close);

        Assert.Equal(
        [
            OpenActions.Heading,
            "Action 1.1 (Police, Complete, due 31 Jan 2027): Revise the risk assessment guidance and train front-line staff.",
            "Action 1.2 (Housing, Not started, due 20 Nov 2026): Revise the risk assessment guidance and train front-line staff.",
        ], refused.Errors.Select(e => e.Message));

        s.Db.SignInAs(s.Manager);
        CaseFile.Ok(await s.Plan.SignOffAsync(s.PoliceAction, (await s.Progress.GetAsync(s.PoliceAction))!.Action.Version));
        s.Db.SignInAs(s.Coordinator);
        CaseFile.Ok(await s.Plan.CancelActionAsync(s.HousingAction, new CancelActionInput { Reason = "Housing provider closed." }));
        close.Version = await VersionAsync(s);
        CaseFile.Ok(await lifecycle.MoveAsync(s.ReviewId, close));
    }

    private static async Task<Guid> VersionAsync(PlanSetup s)
    {
        await using var context = s.Db.NewContext();
        return await context.Reviews.Where(r => r.Id == s.ReviewId).Select(r => r.Version).SingleAsync();
    }
}
