namespace DhrTracker.Core.People;

/// <summary>ONS harmonised categories.</summary>
public enum SexualOrientation
{
    NotKnown,
    Heterosexual,
    GayOrLesbian,
    Bisexual,
    Other,
}
