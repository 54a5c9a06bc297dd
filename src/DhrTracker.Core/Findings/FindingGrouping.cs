namespace DhrTracker.Core.Findings;

/// <summary>
/// Groups a review's findings for the tab: by the register agency's name (<see cref="FindingAgency.Heading"/>, so
/// spelling variants no longer split a group; findings about no single agency last), or by theme (a finding with
/// two themes appears under both). Optionally only one type.
/// </summary>
public static class FindingGrouping
{
    public const string NoAgency = "No single agency";

    public static IReadOnlyList<FindingGroup> Group(IEnumerable<FindingView> findings, FindingGroupBy by, FindingType? onlyType = null)
    {
        var chosen = findings.Where(f => onlyType is null || f.Type == onlyType).ToList();
        var pairs = by == FindingGroupBy.Agency
            ? chosen.Select(f => (Key: f.Agency.Heading, Finding: f))
            : chosen.SelectMany(f => f.Themes.Select(t => (Key: (string?)t.Name, Finding: f)));
        return pairs
            .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key is null)
            .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new FindingGroup(g.Key ?? NoAgency, g.Select(p => p.Finding).DistinctBy(f => f.Id).ToList()))
            .ToList();
    }
}
