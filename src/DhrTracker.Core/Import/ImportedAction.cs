using DhrTracker.Core.Actions;

namespace DhrTracker.Core.Import;

/// <summary>An action the file would add to a review's plan, numbered as the plan will show it (e.g. 3.2).</summary>
public sealed record ImportedAction(
    string Reference,
    int RecommendationNumber,
    int ActionNumber,
    string Action,
    string OwnerAgency,
    DateOnly TargetDate,
    ActionStatus Status,
    DateOnly? CompletedOn);
