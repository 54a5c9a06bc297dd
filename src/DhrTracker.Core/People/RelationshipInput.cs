namespace DhrTracker.Core.People;

public sealed class RelationshipInput
{
    public Guid? VictimId { get; set; }
    public Guid? PerpetratorId { get; set; }
    public RelationshipKind? Kind { get; set; }
}
