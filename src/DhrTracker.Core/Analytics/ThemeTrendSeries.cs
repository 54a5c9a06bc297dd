using DhrTracker.Core.Learning;
using DhrTracker.Core.Themes;

namespace DhrTracker.Core.Analytics;

/// <summary>
/// The five themes found in most held reviews of the period (ties by name), and how many reviews notified
/// each year carry each. Counted as the themes view counts (<see cref="ThemeCountQuery"/>): key themes and
/// findings' themes, a review once per theme, merged themes under their target. One count per year, each in SQL.
/// </summary>
internal static class ThemeTrendSeries
{
    public const int Top = 5;

    public static async Task<AnalyticsSeries> BuildAsync(AnalyticsScope scope, CancellationToken ct)
    {
        var taxonomy = await ThemeTaxonomy.LoadAsync(scope.Db, scope.PartnershipId, ct);
        var overall = await ThemeCountQuery.CountAsync(scope.Db, scope.HeldIds, taxonomy, null, ct);
        var top = overall.Values.Where(t => t.Reviews > 0 && taxonomy.ById.ContainsKey(t.ThemeId))
            .OrderByDescending(t => t.Reviews).ThenBy(t => taxonomy.ById[t.ThemeId].Name, StringComparer.Ordinal)
            .Take(Top).Select(t => taxonomy.ById[t.ThemeId]).ToList();

        var years = await scope.Held.Select(r => r.DateNotified.Year).Distinct().ToListAsync(ct);
        var rows = new List<AnalyticsRow>();
        foreach (var year in AnalyticsScope.YearsBetween(years))
        {
            var inYear = scope.Held.Where(r => r.DateNotified.Year == year).Select(r => r.Id);
            var tallies = top.Count == 0 ? new Dictionary<Guid, ThemeTally>()
                : await ThemeCountQuery.CountAsync(scope.Db, inYear, taxonomy, null, ct);
            rows.Add(new AnalyticsRow(year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                top.Select(t => (decimal?)(tallies.GetValueOrDefault(t.Id)?.Reviews ?? 0)).ToList()));
        }

        return new AnalyticsSeries(SeriesKeys.ThemesOverTime, "Top themes over time",
            $"The {Top} themes in most held reviews notified in the period, and the reviews notified each year that carry each (as key theme or in a finding).",
            "Year", top.Select(t => t.Name).ToList(), rows, AnalyticsChart.Line);
    }
}
