using DhrTracker.Core.Files;

namespace DhrTracker.Core.Actions;

/// <summary>A file showing an action is done (policy, training record, audit result), kept in the <see cref="FileStore"/>.</summary>
public sealed class ActionEvidence
{
    public Guid Id { get; set; }
    public Guid ActionId { get; set; }
    public Guid FileId { get; set; }
    public StoredFile? File { get; set; }
    public string Description { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
