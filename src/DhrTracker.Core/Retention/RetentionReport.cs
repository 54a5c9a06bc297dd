namespace DhrTracker.Core.Retention;

/// <summary>
/// What one retention run found and did. <see cref="Due"/>: past the period and not held (removed,
/// unless a dry run). <see cref="Held"/>: past the period but under legal hold, so kept.
/// <see cref="Failed"/>: a purge the database refused; it was rolled back whole.
/// </summary>
public sealed record RetentionReport(DateOnly Today, bool DryRun, IReadOnlyList<RetentionCandidate> Due,
    IReadOnlyList<RetentionCandidate> Held, IReadOnlyList<RetentionFailure> Failed);
