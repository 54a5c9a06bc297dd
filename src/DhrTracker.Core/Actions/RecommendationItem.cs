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
    IReadOnlyList<ActionRow> Actions);
