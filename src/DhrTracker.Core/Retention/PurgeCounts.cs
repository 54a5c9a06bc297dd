namespace DhrTracker.Core.Retention;

/// <summary>How much one purge removed: case rows (the review included), stored files, and audit entries whose values went.</summary>
public sealed record PurgeCounts(int Rows, int Files, int AuditValues);
