namespace DhrTracker.Core.Retention;

/// <summary>A purge the database refused; nothing of that review was removed.</summary>
public sealed record RetentionFailure(RetentionCandidate Review, string Reason);
