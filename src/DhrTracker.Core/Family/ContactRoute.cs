namespace DhrTracker.Core.Family;

/// <summary>How a person prefers to be reached, and how a contact with them was made.</summary>
public enum ContactRoute
{
    Phone,
    Email,
    Letter,
    InPerson,
    VideoCall,
    ThroughAdvocate,
    ThroughPoliceFamilyLiaison,
}
