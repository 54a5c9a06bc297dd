namespace DhrTracker.Core.Reviews;

public sealed record ParallelProceedingView(
    Guid Id,
    ProceedingType Type,
    ProceedingStatus Status,
    string? Description,
    DateOnly? StartDate,
    DateOnly? NextKeyDate,
    DateOnly? ConcludedDate);
