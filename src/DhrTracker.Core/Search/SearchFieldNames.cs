namespace DhrTracker.Core.Search;

public static class SearchFieldNames
{
    /// <summary>The field as the results page labels it, in plain English.</summary>
    public static string Display(this SearchField field) => field switch
    {
        SearchField.Reference => "Reference",
        SearchField.VictimPseudonym => "Victim (pseudonym)",
        SearchField.Chair => "Chair",
        SearchField.ReviewAgency => "Agency involved",
        SearchField.FindingAgency => "Agency named in a finding",
        SearchField.KeyTheme => "Key theme",
        SearchField.FindingTheme => "Theme of a finding",
        SearchField.FindingText => "Finding",
        _ => field.ToString(),
    };
}
