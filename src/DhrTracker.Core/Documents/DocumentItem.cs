namespace DhrTracker.Core.Documents;

/// <summary>A document as listed: metadata only, never its bytes. Versions newest first.</summary>
public sealed record DocumentItem(Guid Id, DocumentKind Kind, string Title, IReadOnlyList<DocumentVersionItem> Versions);
