namespace DhrTracker.Core.Documents;

/// <summary>A document of a review (e.g. "Police IMR"); each upload adds a version, none is overwritten.</summary>
public sealed class ReviewDocument : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public DocumentKind Kind { get; set; }
    public string Title { get; set; } = "";
    public List<DocumentVersion> Versions { get; set; } = [];

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
