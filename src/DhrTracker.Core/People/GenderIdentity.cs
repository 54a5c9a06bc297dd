namespace DhrTracker.Core.People;

/// <summary>Follows the ONS 2021 census question: is the gender the person identified with the same as their sex registered at birth.</summary>
public enum GenderIdentity
{
    NotKnown,
    SameAsSexAtBirth,
    TransWoman,
    TransMan,
    NonBinary,
    Other,
}
