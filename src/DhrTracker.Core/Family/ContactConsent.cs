namespace DhrTracker.Core.Family;

/// <summary>Whether the person agreed to be contacted by the review.</summary>
public enum ContactConsent
{
    NotAsked,
    Given,
    Declined,
}
