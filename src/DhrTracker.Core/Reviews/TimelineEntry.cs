namespace DhrTracker.Core.Reviews;

public sealed record TimelineEntry(
    DateTime AtUtc,
    string UserName,
    ReviewEventKind Kind,
    ReviewMove? Move,
    ReviewStage? FromStage,
    ReviewStage? ToStage,
    PauseReason? PauseReason,
    DateOnly? EffectiveDate,
    string? Note);
