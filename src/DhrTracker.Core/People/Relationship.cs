namespace DhrTracker.Core.People;

/// <summary>What one victim was to one perpetrator of the same review.</summary>
public sealed class Relationship
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid VictimId { get; set; }
    public Guid PerpetratorId { get; set; }
    public RelationshipKind Kind { get; set; }
}
