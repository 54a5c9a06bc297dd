using DhrTracker.Core.Actions;

namespace DhrTracker.IntegrationTests.Actions;

public sealed class ActionSnapshotServiceTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_plan_as_at_a_date_shows_each_action_as_it_stood_that_day(DatabaseProvider provider)
    {
        // Plan made on 26 Nov 2026 (test clock). On 1 Dec Police completes and is signed off; on 5 Dec Housing's date moves.
        await using var s = await PlanSetup.CreateAsync(provider);
        s.Db.Time.Advance(TimeSpan.FromDays(5));
        await s.CompleteAsync(s.PoliceAction, s.PoliceLead);
        s.Db.SignInAs(s.Manager);
        CaseFile.Ok(await s.Plan.SignOffAsync(s.PoliceAction, (await s.Progress.GetAsync(s.PoliceAction))!.Action.Version));
        s.Db.Time.Advance(TimeSpan.FromDays(4));
        var moved = CaseFile.NewAction(s.Housing, new DateOnly(2027, 1, 15));
        moved.TargetDateReason = "New housing officer in post.";
        CaseFile.Ok(await s.Plan.UpdateActionAsync(s.HousingAction, moved));
        var snapshots = s.Db.Get<ActionSnapshotService>();

        var before = await snapshots.AsAtAsync(new DateOnly(2026, 11, 25), s.ReviewId);
        var nov30 = await snapshots.AsAtAsync(new DateOnly(2026, 11, 30), s.ReviewId);
        var dec1 = await snapshots.AsAtAsync(new DateOnly(2026, 12, 1));
        var dec5 = await snapshots.AsAtAsync(new DateOnly(2026, 12, 5));

        Assert.Empty(before.Actions);
        Assert.Equal([(ActionStatus.NotStarted, false, false), (ActionStatus.NotStarted, false, true)],
            nov30.Actions.Select(a => (a.Status, a.SignedOff, a.IsOverdue)));
        Assert.Equal((0.0, 1), (nov30.CompletionRate, nov30.Overdue));
        Assert.Equal([(ActionStatus.Complete, true), (ActionStatus.NotStarted, false)], dec1.Actions.Select(a => (a.Status, a.SignedOff)));
        Assert.Equal(0.5, dec1.CompletionRate);
        Assert.Equal([new DateOnly(2027, 1, 31), new DateOnly(2027, 1, 15)], dec5.Actions.Select(a => a.TargetDate));
        Assert.Equal(new DateOnly(2026, 11, 20), dec1.Actions[1].TargetDate);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_snapshot_for_a_lead_holds_only_their_agencys_actions(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        s.Db.SignInAs(s.HousingLead);

        var snapshot = await s.Db.Get<ActionSnapshotService>().AsAtAsync(new DateOnly(2026, 11, 26));

        Assert.Equal([s.HousingAction], snapshot.Actions.Select(a => a.Id));
    }
}
