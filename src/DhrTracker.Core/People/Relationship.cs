namespace DhrTracker.Core.People;

/// <summary>What one victim was to one perpetrator of the same review. To change it, remove it and record it again.</summary>
public sealed class Relationship : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid VictimId { get; set; }
    public Guid PerpetratorId { get; set; }
    public RelationshipKind Kind { get; set; }

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
