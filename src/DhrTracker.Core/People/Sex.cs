namespace DhrTracker.Core.People;

/// <summary>Stored by name. "Other" follows the Home Office DHR Library's vocabulary (female, male, other, unknown).</summary>
public enum Sex
{
    NotKnown,
    Female,
    Male,
    Other,
}
