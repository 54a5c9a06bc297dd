namespace DhrTracker.Core.People;

public sealed record RelationshipView(Guid Id, Guid VictimId, string Victim, Guid PerpetratorId, string Perpetrator,
    RelationshipKind Kind, Guid Version);
