namespace DhrTracker.Core.Actions;

/// <summary>Brings a recommendation's themes and linked findings in line with the input; names what changed, for the audit row.</summary>
internal static class RecommendationLinks
{
    public static IReadOnlyList<string> Apply(Recommendation rec, RecommendationInput input)
    {
        var changed = new List<string>();
        var themeIds = input.ThemeIds.Distinct().ToList();
        var heldThemes = rec.Themes.Select(t => t.ThemeId).ToHashSet();
        if (!heldThemes.SetEquals(themeIds))
        {
            changed.Add(nameof(Recommendation.Themes));
            rec.Themes.RemoveAll(t => !themeIds.Contains(t.ThemeId));
            rec.Themes.AddRange(themeIds.Where(id => !heldThemes.Contains(id)).Select(id => new RecommendationTheme { RecommendationId = rec.Id, ThemeId = id }));
        }

        var findingIds = input.FindingIds.Distinct().ToList();
        var heldFindings = rec.Findings.Select(f => f.FindingId).ToHashSet();
        if (!heldFindings.SetEquals(findingIds))
        {
            changed.Add(nameof(Recommendation.Findings));
            rec.Findings.RemoveAll(f => !findingIds.Contains(f.FindingId));
            rec.Findings.AddRange(findingIds.Where(id => !heldFindings.Contains(id)).Select(id => new RecommendationFinding { RecommendationId = rec.Id, FindingId = id }));
        }

        return changed;
    }
}
