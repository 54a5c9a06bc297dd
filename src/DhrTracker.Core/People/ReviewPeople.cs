using DhrTracker.Core.Access;

namespace DhrTracker.Core.People;

/// <summary>
/// Everything the People tab shows, already filtered for the current user. <see cref="Restricted"/>
/// names the sensitive facts withheld from them: those properties are null in every view, and the
/// screen shows "Restricted" in their place.
/// </summary>
public sealed record ReviewPeople(
    Guid ReviewId,
    IReadOnlyList<VictimView> Victims,
    IReadOnlyList<PerpetratorView> Perpetrators,
    IReadOnlyList<RelationshipView> Relationships,
    CircumstancesInput Circumstances,
    ReviewClassification Classification,
    bool CanWorkOn,
    IReadOnlyList<SensitiveFact> Restricted)
{
    public bool IsRestricted(SensitiveFact fact) => Restricted.Contains(fact);
}
