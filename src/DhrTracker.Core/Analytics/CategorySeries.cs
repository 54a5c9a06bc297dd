using DhrTracker.Core.People;

namespace DhrTracker.Core.Analytics;

/// <summary>
/// Held reviews by Home Office category, decided in the database by the same precedence as
/// <see cref="ReviewCategoryRules.Classify"/> (partner, else familial, else household), so only the counts come back.
/// </summary>
internal static class CategorySeries
{
    public const string NotRecorded = "Not recorded";

    public static async Task<AnalyticsSeries> BuildAsync(AnalyticsScope scope, CancellationToken ct)
    {
        var partner = KindsOf(ReviewCategory.Partner);
        var familial = KindsOf(ReviewCategory.Familial);
        var relationships = scope.Db.Relationships;
        var counts = await scope.Held
            .Select(r => relationships.Any(x => x.ReviewId == r.Id && partner.Contains(x.Kind)) ? 0
                : relationships.Any(x => x.ReviewId == r.Id && familial.Contains(x.Kind)) ? 1
                : relationships.Any(x => x.ReviewId == r.Id) ? 2
                : 3)
            .GroupBy(c => c).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var rows = Enum.GetValues<ReviewCategory>()
            .Select(c => new AnalyticsRow(c.ToString(), [counts.GetValueOrDefault((int)c)]))
            .ToList();
        if (counts.GetValueOrDefault(3) > 0)
        {
            rows.Add(new AnalyticsRow(NotRecorded, [counts[3]]));
        }

        return new AnalyticsSeries(SeriesKeys.Categories, "Reviews by category",
            "Held reviews notified in the period, by what the victims were to the perpetrators; \"Not recorded\" has no relationship recorded yet.",
            "Category", ["Reviews"], rows, AnalyticsChart.Donut);
    }

    private static List<RelationshipKind> KindsOf(ReviewCategory category) =>
        Enum.GetValues<RelationshipKind>().Where(k => ReviewCategoryRules.GroupOf(k) == category).ToList();
}
