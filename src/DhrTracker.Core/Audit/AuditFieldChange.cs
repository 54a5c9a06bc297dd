namespace DhrTracker.Core.Audit;

/// <summary>One changed field of an audited change, its values before and after as text ("" for none).</summary>
public sealed record AuditFieldChange(string Field, string Before, string After);
