namespace DhrTracker.Core.Audit;

/// <summary>A CSV of the trail's metadata, written straight to the response so a long trail is never held in memory.</summary>
public sealed record AuditExport(string FileName, Func<Stream, CancellationToken, Task> WriteAsync)
{
    public const string ContentType = "text/csv";
}
