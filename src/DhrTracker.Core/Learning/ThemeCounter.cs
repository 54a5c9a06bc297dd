namespace DhrTracker.Core.Learning;

/// <summary>
/// Counts themes across reviews. A review's themes are its key themes plus its findings' themes (the
/// union, so a theme in both counts the review once), and every use counts under the theme it was
/// merged into. Pure, so the merge and retire rules are unit-tested.
/// </summary>
public static class ThemeCounter
{
    public static IReadOnlyDictionary<Guid, ThemeTally> Count(
        IEnumerable<ThemeUse> uses,
        IReadOnlyDictionary<Guid, Guid> canonical,
        IReadOnlyDictionary<Guid, string>? categoryOfReview = null)
    {
        var resolved = uses
            .Select(u => u with { ThemeId = canonical.GetValueOrDefault(u.ThemeId, u.ThemeId) })
            .ToList();
        return resolved.GroupBy(u => u.ThemeId).ToDictionary(g => g.Key, g =>
        {
            var reviews = g.Select(u => u.ReviewId).Distinct().ToList();
            var byCategory = categoryOfReview is null
                ? new Dictionary<string, int>()
                : reviews.Where(categoryOfReview.ContainsKey).GroupBy(r => categoryOfReview[r]).ToDictionary(c => c.Key, c => c.Count());
            var findings = g.Where(u => u.FindingId is not null).Select(u => u.FindingId).Distinct().Count();
            return new ThemeTally(g.Key, reviews.Count, findings, byCategory);
        });
    }
}
