using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Import;

/// <summary>A review the file would create (or, after the import, created), as the preview lists it.</summary>
public sealed record ImportedReview(
    string Reference,
    DateOnly DateOfDeath,
    DateOnly DateNotified,
    ReviewDecision Decision,
    DateOnly? DecisionDate,
    ReviewStage Stage,
    DateOnly? PublishedOn,
    int Victims,
    int ChildrenInHousehold,
    IReadOnlyList<string> Themes);
