namespace DhrTracker.Core.People;

/// <summary>Everything the People tab shows, already filtered for the current user.</summary>
public sealed record ReviewPeople(
    Guid ReviewId,
    IReadOnlyList<VictimView> Victims,
    IReadOnlyList<PerpetratorView> Perpetrators,
    IReadOnlyList<RelationshipView> Relationships,
    CircumstancesInput Circumstances,
    ReviewClassification Classification,
    bool CanWorkOn,
    bool CanSeeRealNames);
