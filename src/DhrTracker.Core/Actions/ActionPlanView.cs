using DhrTracker.Core.Findings;

namespace DhrTracker.Core.Actions;

/// <summary>A review's recommendations and their actions, and what the viewer may do with them.</summary>
public sealed record ActionPlanView(
    Guid ReviewId,
    string Reference,
    IReadOnlyList<RecommendationItem> Recommendations,
    bool CanManage,
    bool CanSignOff)
{
    /// <summary>Themes that may be given to a new recommendation.</summary>
    public IReadOnlyList<ThemeChoice> ActiveThemes { get; init; } = [];

    /// <summary>The review's findings, which a recommendation may be linked to.</summary>
    public IReadOnlyList<LinkedFinding> ReviewFindings { get; init; } = [];
}
