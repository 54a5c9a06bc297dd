namespace DhrTracker.Core.Family;

/// <summary>Where one step of the family's involvement stands on the review page.</summary>
public enum InvolvementState
{
    NotYet,
    Done,
    Declined,
}
