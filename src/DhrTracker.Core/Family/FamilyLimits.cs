namespace DhrTracker.Core.Family;

public static class FamilyLimits
{
    /// <summary>As a victim's pseudonym.</summary>
    public const int Pseudonym = 60;
}
