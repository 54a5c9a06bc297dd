namespace DhrTracker.Core.Audit;

/// <summary>
/// One entry as Administrators search and export it: metadata only. There is deliberately no field for
/// the values before and after a change, so no page or file built from this can show case content.
/// </summary>
public sealed record AuditSearchRow(
    long Id,
    DateTime AtUtc,
    string Who,
    string? Email,
    string Roles,
    string What,
    string Action,
    string EntityType,
    string EntityId,
    string? ReviewReference,
    AuditOutcome Outcome,
    string? Detail,
    string? IpAddress,
    string? UserAgent,
    string? CircuitId)
{
    public string When => UkDates.FormatUtc(AtUtc);
}
