namespace DhrTracker.Core.Family;

/// <summary>The person's answer to an offer of specialist advocacy (e.g. AAFDA); null while no answer is recorded.</summary>
public enum AdvocacyAnswer
{
    Accepted,
    Declined,
}
