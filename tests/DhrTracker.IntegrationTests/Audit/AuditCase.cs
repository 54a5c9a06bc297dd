using DhrTracker.Core.Audit;

namespace DhrTracker.IntegrationTests.Audit;

/// <summary>
/// One row of the audit coverage table: a call of a Core service as a user, and the one audit row it
/// must write. <see cref="Change"/> names a field whose values before and after the row must carry.
/// </summary>
internal sealed record AuditCase(
    string Method,
    Func<AuditCoverageWorld, string> As,
    Func<AuditCoverageWorld, Task> Call,
    string Action,
    string EntityType,
    Func<AuditCoverageWorld, Guid?> ReviewId,
    AuditOutcome Outcome = AuditOutcome.Succeeded)
{
    public (string Field, string? Before, string? After)? Change { get; init; }

    /// <summary>The user the row names when it is not the caller (a scheduled job records itself).</summary>
    public string? RecordedAs { get; init; }

    /// <summary>
    /// The call also creates records, each with its own Create row (an import); the case's one row is the
    /// call's own, and at least one Create row must be there beside it.
    /// </summary>
    public bool AlsoCreatesRecords { get; init; }

    /// <summary>Text the Detail must hold, e.g. the filters of a list.</summary>
    public string? DetailContains { get; init; }

    public override string ToString() => $"{Method} as {(Outcome == AuditOutcome.Denied ? "an outsider" : "an allowed user")}";
}
