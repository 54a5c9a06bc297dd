namespace DhrTracker.Core.Audit;

/// <summary>
/// One append-only line of the audit trail. It records who did what to which record and how it
/// ended, never the sensitive values themselves (field names only).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string UserId { get; set; } = "";
    public string Roles { get; set; } = "";
    public int? PartnershipId { get; set; }
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public AuditOutcome Outcome { get; set; }

    /// <summary>Names of changed fields, or a short non-sensitive note.</summary>
    public string? Detail { get; set; }
}
