namespace DhrTracker.Core.Audit;

/// <summary>
/// The values before and after one audited change (JSON): case content, read only by the review's
/// Coordinators. The only part of the trail retention may remove; the entry keeps their hash, so a
/// removed or altered value set is still told apart from the original.
/// </summary>
public sealed class AuditChange
{
    public long AuditEntryId { get; set; }
    public string Values { get; set; } = "";
}
