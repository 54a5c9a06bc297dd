using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Dashboard;

/// <summary>
/// What a coordinator needs each morning. Every count equals the length of the list it links to: a
/// reviews-list filter, or (for agency submissions) the agency requests list.
/// </summary>
public sealed record DashboardView(
    DateOnly Today,
    int AmberWindowDays,
    IReadOnlyDictionary<ReviewStage, int> ByStage,
    int OverdueCount,
    int AtRiskCount,
    int PausedCount,
    int AwaitingHomeOfficeCount,
    IReadOnlyList<DashboardReview> OverdueAndDueSoon,
    IReadOnlyList<DashboardWait> AwaitingHomeOffice)
{
    /// <summary>
    /// True when the partnership's RAG follows an agreed revised date where a review has one (ADR 0357), so the
    /// overdue and due-soon counts measure against it; false when they measure against the statutory date.
    /// Either way paused days are not taken off.
    /// </summary>
    public bool RagFollowsAgreed { get; init; }

    /// <summary>Decisions the Home Office has not been told of: the partnership's own task, due <see cref="HomeOfficeNotificationDays"/> after the decision.</summary>
    public int HomeOfficeNotToldCount { get; init; }

    public int HomeOfficeNotificationDays { get; init; }
    public IReadOnlyList<DashboardWait> HomeOfficeNotTold { get; init; } = [];

    public int CommissionerCopyNotSentCount { get; init; }
    public IReadOnlyList<DashboardWait> CommissionerCopyNotSent { get; init; } = [];

    /// <summary>Approved by Home Office QA and not yet published, with the days since the outcome.</summary>
    public int ApprovedNotPublishedCount { get; init; }

    public IReadOnlyList<DashboardWait> ApprovedNotPublished { get; init; } = [];

    /// <summary>Scoping returns, IMRs, chronologies and summary reports past their due date and not received, on open reviews.</summary>
    public int AgencySubmissionsOverdueCount { get; init; }

    /// <summary>Reviews whose family involvement is behind (ADR 0391): one row per review and gap, the oldest decisions first.</summary>
    public IReadOnlyList<Family.FamilyGap> FamilyGaps { get; init; } = [];

    public static DashboardView Empty(DateOnly today) =>
        new(today, 0, new Dictionary<ReviewStage, int>(), 0, 0, 0, 0, [], []);
}
