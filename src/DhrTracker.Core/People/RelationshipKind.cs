namespace DhrTracker.Core.People;

/// <summary>What the victim was to the perpetrator, in the Home Office vocabulary.</summary>
public enum RelationshipKind
{
    SpouseOrCivilPartner,
    CommonLawSpouse,
    Partner,
    ExSpouse,
    ExPartner,
    Parent,
    StepParent,
    Child,
    Grandparent,
    Sibling,
    OtherRelative,
    HouseholdMember,
    OtherNonRelative,
}
