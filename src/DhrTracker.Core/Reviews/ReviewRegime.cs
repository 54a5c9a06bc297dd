namespace DhrTracker.Core.Reviews;

/// <summary>
/// The law a review runs under, fixed by the date of death against the partnership's commencement
/// date of s.19 of the Victims and Prisoners Act 2024 (DHR-PRIMER section 8). Derived, never stored.
/// </summary>
public enum ReviewRegime
{
    /// <summary>Domestic Homicide Review: DVCVA 2004 s.9 as it stands before s.19 commences.</summary>
    Dhr,

    /// <summary>Domestic Abuse Related Death Review: deaths on or after s.19 commences.</summary>
    Dardr,
}
