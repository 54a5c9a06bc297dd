namespace DhrTracker.Core.Documents;

/// <summary>The documents of a review (metadata only), and whether the current user may upload, or write letters into them (ADR 0392).</summary>
public sealed record ReviewDocumentsView(IReadOnlyList<DocumentItem> Documents, bool CanUpload)
{
    public bool CanWriteLetters { get; init; }
}
