namespace DhrTracker.Core.Audit;

/// <summary>
/// One entry on a review's Audit tab, for its Coordinators: who, when, what, outcome, where from, and
/// the changed fields with their values before and after.
/// </summary>
/// <param name="ValuesRemoved">The values were removed under retention; the entry itself stays (a tombstone).</param>
public sealed record AuditTrailRow(
    long Id,
    DateTime AtUtc,
    string Who,
    string? Email,
    string What,
    string Action,
    AuditOutcome Outcome,
    string? Detail,
    IReadOnlyList<AuditFieldChange> Changes,
    bool ValuesRemoved,
    string? IpAddress)
{
    /// <summary>In UK time and format, e.g. "26 Nov 2026 14:05".</summary>
    public string When => UkDates.FormatUtc(AtUtc);
}
