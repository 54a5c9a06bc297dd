using DhrTracker.Core.Actions;
using DhrTracker.Core.Common;

namespace DhrTracker.IntegrationTests.Actions;

public sealed class ActionDashboardServiceTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Completion_rate_and_overdue_count_per_agency_move_with_sign_off(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        CaseFile.Ok(await s.Plan.AddActionAsync(s.RecommendationId, CaseFile.NewAction(s.Police, new DateOnly(2026, 12, 10))));
        s.Db.SignInAs(s.Manager);
        var before = await s.Db.Get<ActionDashboardService>().SummaryAsync();

        await s.CompleteAsync(s.PoliceAction, s.PoliceLead);
        s.Db.SignInAs(s.Manager);
        var awaiting = await s.Db.Get<ActionDashboardService>().SummaryAsync();
        CaseFile.Ok(await s.Plan.SignOffAsync(s.PoliceAction, (await s.Progress.GetAsync(s.PoliceAction))!.Action.Version));
        var after = await s.Db.Get<ActionDashboardService>().SummaryAsync();

        Assert.Equal([("Housing", 1, 0, 1), ("Police", 2, 0, 0)], before.Agencies.Select(a => (a.Agency, a.Actions, a.SignedOff, a.Overdue)));
        Assert.Equal((1, 1, 0), (before.Overdue, before.DueInNext30Days, before.AwaitingSignOff));
        Assert.Equal(1, awaiting.AwaitingSignOff);
        Assert.Equal(0.5, after.Agencies.Single(a => a.Agency == "Police").CompletionRate);
        Assert.Equal(0.0, after.Agencies.Single(a => a.Agency == "Housing").CompletionRate);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_grid_filters_by_agency_overdue_and_due_window_in_the_database(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        CaseFile.Ok(await s.Plan.AddActionAsync(s.RecommendationId, CaseFile.NewAction(s.Police, new DateOnly(2026, 12, 10))));
        var dashboard = s.Db.Get<ActionDashboardService>();

        var police = await dashboard.ListAsync(new ActionQuery(AgencyId: s.Police), new PageRequest());
        var overdue = await dashboard.ListAsync(new ActionQuery(OverdueOnly: true), new PageRequest());
        var soon = await dashboard.ListAsync(new ActionQuery(DueWithinDays: 30), new PageRequest());
        var firstPage = await dashboard.ListAsync(new ActionQuery(), new PageRequest(0, 2));

        Assert.Equal(["1.3", "1.1"], police.Items.Select(a => a.Number));
        Assert.Equal([s.HousingAction], overdue.Items.Select(a => a.Id));
        Assert.Equal(["1.3"], soon.Items.Select(a => a.Number));
        Assert.Equal(3, firstPage.TotalCount);
        Assert.Equal(["1.2", "1.3"], firstPage.Items.Select(a => a.Number));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_lead_counts_only_their_own_agency(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        s.Db.SignInAs(s.HousingLead);

        var summary = await s.Db.Get<ActionDashboardService>().SummaryAsync();
        var list = await s.Db.Get<ActionDashboardService>().ListAsync(new ActionQuery(), new PageRequest());

        Assert.Equal(["Housing"], summary.Agencies.Select(a => a.Agency));
        Assert.Equal([s.HousingAction], list.Items.Select(a => a.Id));
    }
}
