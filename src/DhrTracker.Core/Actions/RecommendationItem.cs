using DhrTracker.Core.Findings;

namespace DhrTracker.Core.Actions;

public sealed record RecommendationItem(
    Guid Id,
    int Number,
    string Text,
    int? AddressedToAgencyId,
    string AddressedTo,
    bool MultiAgency,
    RecommendationScope Scope,
    DateOnly MadeOn,
    Guid Version,
    IReadOnlyList<ActionRow> Actions)
{
    /// <summary>The themes it counts under (merged themes read as their target).</summary>
    public IReadOnlyList<ThemeTag> Themes { get; init; } = [];

    public IReadOnlyList<LinkedFinding> Findings { get; init; } = [];
}
