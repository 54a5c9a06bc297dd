using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Dashboard;

/// <summary>What a coordinator needs each morning. Every count equals the length of the reviews list it links to.</summary>
public sealed record DashboardView(
    DateOnly Today,
    int AmberWindowDays,
    int UpcomingWindowDays,
    IReadOnlyDictionary<ReviewStage, int> ByStage,
    int OverdueCount,
    int AtRiskCount,
    int PausedCount,
    int UpcomingCount,
    int AwaitingHomeOfficeCount,
    IReadOnlyList<DashboardReview> OverdueAndAtRisk,
    IReadOnlyList<DashboardReview> Upcoming,
    IReadOnlyList<HomeOfficeWait> AwaitingHomeOffice)
{
    public static DashboardView Empty(DateOnly today) =>
        new(today, 0, 30, new Dictionary<ReviewStage, int>(), 0, 0, 0, 0, 0, [], [], []);
}
