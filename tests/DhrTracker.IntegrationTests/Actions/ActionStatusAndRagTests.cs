using DhrTracker.Core.Actions;
using DhrTracker.Core.Common;

namespace DhrTracker.IntegrationTests.Actions;

/// <summary>
/// Status and RAG follow the work (ADR 0380): progress moves Not started to In progress, an overdue action
/// reads Red whatever was set, RAG is never shown greener than the dates, and managers see who set each.
/// The test clock reads 26 Nov 2026: the Police action is due 31 Jan 2027, the Housing one 20 Nov 2026.
/// </summary>
public sealed class ActionStatusAndRagTests
{
    private static ProgressUpdateInput Update(ActionStatus? status = null, ActionRag? rag = null) =>
        new() { Date = new DateOnly(2026, 11, 26), Text = "Training booked for all response officers.", Status = status, Rag = rag };

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Posting_progress_on_a_not_started_action_moves_it_to_in_progress(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        s.Db.SignInAs(s.PoliceLead);

        CaseFile.Ok(await s.Progress.PostUpdateAsync(s.PoliceAction, Update()));

        var row = (await s.Progress.GetAsync(s.PoliceAction))!.Action;
        Assert.Equal((ActionStatus.InProgress, "In progress"), (row.Status, ActionNames.StatusText(row)));
        await using var context = s.Db.NewContext();
        Assert.Equal(ActionStatus.InProgress, (await context.ActionHistory.Where(h => h.ActionId == s.PoliceAction).OrderBy(h => h.Id).LastAsync()).Status);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_lead_who_chooses_a_status_and_rag_with_their_update_keeps_them(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        s.Db.SignInAs(s.PoliceLead);

        CaseFile.Ok(await s.Progress.PostUpdateAsync(s.PoliceAction, Update(ActionStatus.NotStarted, ActionRag.Amber)));
        var first = (await s.Progress.GetAsync(s.PoliceAction))!.Action;
        CaseFile.Ok(await s.Progress.PostUpdateAsync(s.PoliceAction, Update(ActionStatus.OffTrack)));
        var second = (await s.Progress.GetAsync(s.PoliceAction))!.Action;

        Assert.Equal((ActionStatus.NotStarted, ActionRag.Amber), (first.Status, first.Rag));
        Assert.Equal((ActionStatus.OffTrack, ActionRag.Amber), (second.Status, second.Rag));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_overdue_action_reads_red_whatever_rag_was_set(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        s.Db.SignInAs(s.HousingLead);

        CaseFile.Ok(await s.Progress.PostUpdateAsync(s.HousingAction, Update(ActionStatus.OnTrack, ActionRag.Green)));

        var mine = Assert.Single(await s.Progress.MyActionsAsync());
        Assert.Equal((true, ActionRag.Red, ActionRag.Green), (mine.IsOverdue, mine.Rag, mine.RagSet));
        Assert.Equal("Red (past its target date; set as green)", ActionNames.RagText(mine));
        s.Db.SignInAs(s.Manager);
        var dashboard = s.Db.Get<ActionDashboardService>();
        var red = await dashboard.ListAsync(new ActionQuery(Rag: ActionRag.Red), new PageRequest());
        var green = await dashboard.ListAsync(new ActionQuery(Rag: ActionRag.Green), new PageRequest());
        Assert.Equal([s.HousingAction], red.Items.Select(a => a.Id));
        Assert.Equal([s.PoliceAction], green.Items.Select(a => a.Id));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_action_due_within_30_days_set_green_is_shown_amber_and_stored_as_set(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        var soon = CaseFile.Ok(await s.Plan.AddActionAsync(s.RecommendationId, CaseFile.NewAction(s.Police, new DateOnly(2026, 12, 10))));

        var row = (await s.Progress.GetAsync(soon))!.Action;

        Assert.Equal((false, ActionRag.Amber, ActionRag.Green), (row.IsOverdue, row.Rag, row.RagSet));
        Assert.Equal([soon], (await s.Db.Get<ActionDashboardService>().ListAsync(new ActionQuery(Rag: ActionRag.Amber), new PageRequest())).Items.Select(a => a.Id));
        await using var context = s.Db.NewContext();
        Assert.Equal(ActionRag.Green, (await context.Actions.SingleAsync(a => a.Id == soon)).Rag);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_manager_sees_who_last_set_status_and_rag_and_when_but_a_lead_does_not(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        s.Db.SignInAs(s.PoliceLead);
        CaseFile.Ok(await s.Progress.PostUpdateAsync(s.PoliceAction, Update(rag: ActionRag.Amber)));
        var leadView = await s.Progress.GetAsync(s.PoliceAction);

        s.Db.SignInAs(s.Manager);
        var set = (await s.Progress.GetAsync(s.PoliceAction))!.LastSet;

        Assert.Null(leadView!.LastSet);
        await using var context = s.Db.NewContext();
        var lead = await context.Users.Where(u => u.Id == s.PoliceLead).Select(u => u.DisplayName).SingleAsync();
        var now = s.Db.Time.GetUtcNow().UtcDateTime;
        Assert.Equal(new StatusRagSetting(lead, now, lead, now), set);
        Assert.Equal($"{lead}, {UkDates.FormatUtc(now)}", ActionNames.SetBy(set!.StatusSetBy, set.StatusSetUtc));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Progress_cannot_complete_an_action_nor_be_reported_on_one_awaiting_sign_off_and_saves_nothing(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        s.Db.SignInAs(s.PoliceLead);
        var complete = await s.Progress.PostUpdateAsync(s.PoliceAction, Update(ActionStatus.Complete));
        await s.CompleteAsync(s.HousingAction, s.HousingLead);
        var reopen = await s.Progress.PostUpdateAsync(s.HousingAction, Update(ActionStatus.OnTrack));
        var note = await s.Progress.PostUpdateAsync(s.HousingAction, Update());
        Assert.False((await s.Progress.GetAsync(s.HousingAction))!.CanReport); // the housing lead, signed in to complete it

        Assert.Equal((nameof(ProgressUpdateInput.Status), ActionRules.StatusOnlyByOwnForm), Single(complete));
        Assert.Equal(("", ActionRules.AwaitingSignOffNoProgress), Single(reopen));
        Assert.Equal(("", ActionRules.AwaitingSignOffNoProgress), Single(note));
        await using var context = s.Db.NewContext();
        Assert.Equal(0, await context.ActionUpdates.CountAsync(u => u.ActionId == s.PoliceAction));
        Assert.Equal(1, await context.ActionUpdates.CountAsync(u => u.ActionId == s.HousingAction));
        Assert.Equal(ActionStatus.Complete, (await context.Actions.SingleAsync(a => a.Id == s.HousingAction)).Status);
    }

    private static (string Field, string Message) Single(Result<Guid> result)
    {
        var error = Assert.Single(result.Errors);
        return (error.Field, error.Message);
    }
}
