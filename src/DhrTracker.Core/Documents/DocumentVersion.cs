using DhrTracker.Core.Files;

namespace DhrTracker.Core.Documents;

public sealed class DocumentVersion
{
    public Guid Id { get; set; }
    public Guid DocumentId { get; set; }
    public ReviewDocument? Document { get; set; }

    /// <summary>1 for the first upload, then 2, 3… per document.</summary>
    public int Number { get; set; }

    public Guid FileId { get; set; }
    public StoredFile? File { get; set; }
}
