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
    PauseReason? PausedFor);
