using DhrTracker.Core.Documents;

namespace DhrTracker.Core.NamesCheck;

/// <summary>The latest version of one report and what the check found in it, or why it could not be read.</summary>
public sealed record CheckedDocument(Guid DocumentId, DocumentKind Kind, string Title, Guid VersionId, int Version, string? Problem,
    IReadOnlyList<NameHit> Hits)
{
    public int Outstanding => Hits.Count(h => h.Accepted is null);

    /// <summary>Read, and nothing found that is not accepted: it does not stop a move.</summary>
    public bool Clear => Problem is null && Outstanding == 0;
}
