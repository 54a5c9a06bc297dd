namespace DhrTracker.Core.Search;

/// <summary>Where a search matched, as the results name it; in the order the results list them.</summary>
public enum SearchField
{
    Reference,
    VictimPseudonym,
    Chair,
    ReviewAgency,
    FindingAgency,
    KeyTheme,
    FindingTheme,
    FindingText,
}
