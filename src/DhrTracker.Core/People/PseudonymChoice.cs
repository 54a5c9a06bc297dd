namespace DhrTracker.Core.People;

/// <summary>How a victim's pseudonym was chosen: practice prefers a name agreed with the family over "Adult A".</summary>
public enum PseudonymChoice
{
    AgreedWithFamily,
    ChosenByPanel,
    FamilyDeclined,
}
