using DhrTracker.Core.Actions;

namespace DhrTracker.Core.Analytics;

/// <summary>
/// Actions of held reviews by owning agency: how many (cancelled ones left out), signed off, still open and overdue.
/// </summary>
internal static class ActionSeries
{
    public static async Task<AnalyticsSeries> BuildAsync(AnalyticsScope scope, CancellationToken ct)
    {
        var held = scope.HeldIds;
        var today = scope.Today;
        // Grouped in the database by every fact the rules read; the rules themselves then decide each group,
        // so "open" and "overdue" here can never drift from ActionRules.
        var groups = await scope.Db.Actions.Where(a => held.Contains(a.ReviewId))
            .GroupBy(a => new { Agency = a.OwnerAgency!.Name, a.Status, SignedOff = a.SignedOffUtc != null, PastTarget = a.TargetDate < today })
            .Select(g => new { g.Key.Agency, g.Key.Status, g.Key.SignedOff, g.Key.PastTarget, Count = g.Count() })
            .ToListAsync(ct);

        var rows = groups.GroupBy(g => g.Agency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(agency =>
        {
            int Sum(Func<ActionItem, bool> rule) => agency.Where(g => rule(StandIn(g.Status, g.SignedOff, g.PastTarget, today))).Sum(g => g.Count);
            var total = Sum(a => a.Status != ActionStatus.Cancelled);
            var open = Sum(ActionRules.IsOpen);
            var signedOff = Sum(a => a.Status != ActionStatus.Cancelled && !ActionRules.IsOpen(a));
            var overdue = Sum(a => ActionRules.IsOverdue(a, today));
            return new AnalyticsRow(agency.Key, [total, signedOff, open, overdue]);
        }).ToList();
        return new AnalyticsSeries(SeriesKeys.ActionsByAgency, "Action completion and overdue by agency",
            "Actions of held reviews notified in the period, by owning agency; cancelled actions are left out. An action is open until signed off, "
            + "and overdue when open, not marked complete and past its target date.",
            "Agency", ["Actions", "Signed off", "Open", "Overdue"], rows, AnalyticsChart.Bar);
    }

    /// <summary>An action with only the facts of its group, for <see cref="ActionRules"/> to judge.</summary>
    private static ActionItem StandIn(ActionStatus status, bool signedOff, bool pastTarget, DateOnly today) => new()
    {
        Status = status,
        SignedOffUtc = signedOff ? DateTime.UnixEpoch : null,
        TargetDate = pastTarget ? today.AddDays(-1) : today,
    };
}
