namespace DhrTracker.Core.People;

/// <summary>What the victim was to the perpetrator, in the Home Office vocabulary.</summary>
public enum RelationshipKind
{
    SpouseOrCivilPartner,
    CommonLawSpouse,

    /// <summary>Lived together as a couple without marrying (Home Office metadata lists it beside common-law spouse).</summary>
    Cohabitant,
    Partner,
    CasualSexualPartner,
    ExSpouse,
    ExPartner,
    Parent,
    StepParent,
    Child,
    Grandparent,
    Sibling,
    HalfSibling,
    StepSibling,
    OtherRelative,
    HouseholdMember,

    /// <summary>Neither a relative nor a member of the same household (a friend, neighbour, a partner's new partner): category Other.</summary>
    OtherNonRelative,
}
