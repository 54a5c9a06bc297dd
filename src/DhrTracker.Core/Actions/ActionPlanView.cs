namespace DhrTracker.Core.Actions;

/// <summary>A review's recommendations and their actions, and what the viewer may do with them.</summary>
public sealed record ActionPlanView(
    Guid ReviewId,
    string Reference,
    IReadOnlyList<RecommendationItem> Recommendations,
    bool CanManage,
    bool CanSignOff);
