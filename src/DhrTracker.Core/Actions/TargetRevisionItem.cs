namespace DhrTracker.Core.Actions;

public sealed record TargetRevisionItem(DateOnly FromDate, DateOnly ToDate, string Reason, DateTime ChangedUtc);
