namespace DhrTracker.Core.Reviews;

/// <summary>A pause as the clocks see it; <see cref="End"/> is null while it lasts.</summary>
public sealed record PausePeriod(DateOnly Start, DateOnly? End, PauseReason Reason);
