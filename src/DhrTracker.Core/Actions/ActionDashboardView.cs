using DhrTracker.Core.Findings;

namespace DhrTracker.Core.Actions;

public sealed record ActionDashboardView(
    IReadOnlyList<AgencyActionSummary> Agencies,
    int DueInNext30Days,
    int Overdue,
    int AwaitingSignOff)
{
    /// <summary>The partnership's themes that the grid can be filtered by (merged themes are found under their target).</summary>
    public IReadOnlyList<ThemeTag> Themes { get; init; } = [];
}
