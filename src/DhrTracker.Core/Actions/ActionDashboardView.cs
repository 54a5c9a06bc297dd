namespace DhrTracker.Core.Actions;

public sealed record ActionDashboardView(
    IReadOnlyList<AgencyActionSummary> Agencies,
    int DueInNext30Days,
    int Overdue,
    int AwaitingSignOff);
