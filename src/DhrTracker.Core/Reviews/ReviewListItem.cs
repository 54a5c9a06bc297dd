using DhrTracker.Core.People;

namespace DhrTracker.Core.Reviews;

/// <summary>A row of the reviews list. <see cref="DueDate"/> is the statutory due date of the clock now running.</summary>
public sealed record ReviewListItem(
    Guid Id,
    string Reference,
    DateOnly DateOfDeath,
    DateOnly DateNotified,
    ReviewStage Stage,
    ReviewDecision Decision,
    DateOnly? DueDate,
    Rag Rag,
    int DaysOverdue,
    PauseReason? PausedFor)
{
    public const string NoChair = "Not appointed";

    /// <summary>The victims' pseudonyms, alphabetical, joined with ", "; never real names. Empty until a victim is recorded.</summary>
    public string Victims { get; init; } = "";

    /// <summary>Derived from the relationships (<see cref="ReviewCategoryRules.Classify"/>); null until one is recorded.</summary>
    public ReviewCategory? Category { get; init; }

    /// <summary>The display name of whoever holds the panel's chair seat, or <see cref="NoChair"/>.</summary>
    public string Chair { get; init; } = NoChair;
}
