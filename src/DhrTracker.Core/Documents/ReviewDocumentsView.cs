namespace DhrTracker.Core.Documents;

/// <summary>The documents of a review (metadata only), and whether the current user may upload.</summary>
public sealed record ReviewDocumentsView(IReadOnlyList<DocumentItem> Documents, bool CanUpload);
