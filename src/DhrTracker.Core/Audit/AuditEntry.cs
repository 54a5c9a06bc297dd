namespace DhrTracker.Core.Audit;

/// <summary>
/// One append-only line of the audit trail: who did what to which record, from where, and how it
/// ended. Rows are hash-chained (<see cref="AuditChain"/>) and the database refuses to change or
/// remove them (migration <c>AuditChainAndRetention</c>).
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

    /// <summary>The review the record belongs to, so a review's Audit tab is one indexed query.</summary>
    public Guid? ReviewId { get; set; }

    public AuditOutcome Outcome { get; set; }

    /// <summary>Names of changed fields, or a short non-sensitive note.</summary>
    public string? Detail { get; set; }

    /// <summary>
    /// Field values before and after a change, kept beside the row (<see cref="AuditChange"/>) so
    /// retention can remove them while this row, and the hash of the values, stay.
    /// </summary>
    public AuditChange? ChangeSet { get; set; }

    public string? ChangesHash { get; set; }

    public string? IpAddress { get; set; }
    public string? UserAgent { get; set; }
    public string? CircuitId { get; set; }

    /// <summary>Position in the chain: 1, 2, 3… with no gaps, so a removed row shows.</summary>
    public long Sequence { get; set; }

    /// <summary>Hash of the entry before this one; empty for rows written before the chain began.</summary>
    public string PreviousHash { get; set; } = "";

    /// <summary>SHA-256 of this entry's canonical content and <see cref="PreviousHash"/>.</summary>
    public string Hash { get; set; } = "";
}
