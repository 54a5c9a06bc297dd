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
        // Four plain counts rather than a GROUP BY over EXISTS, which SQL Server refuses (error 144).
        var held = scope.Held;
        var partners = held.Where(r => relationships.Any(x => x.ReviewId == r.Id && partner.Contains(x.Kind)));
        var familials = held.Where(r => !relationships.Any(x => x.ReviewId == r.Id && partner.Contains(x.Kind))
            && relationships.Any(x => x.ReviewId == r.Id && familial.Contains(x.Kind)));
        var households = held.Where(r => !relationships.Any(x => x.ReviewId == r.Id && (partner.Contains(x.Kind) || familial.Contains(x.Kind)))
            && relationships.Any(x => x.ReviewId == r.Id));
        var notRecorded = await held.CountAsync(r => !relationships.Any(x => x.ReviewId == r.Id), ct);

        var rows = new List<AnalyticsRow>
        {
            new(ReviewCategory.Partner.ToString(), [await partners.CountAsync(ct)]),
            new(ReviewCategory.Familial.ToString(), [await familials.CountAsync(ct)]),
            new(ReviewCategory.Household.ToString(), [await households.CountAsync(ct)]),
        };
        if (notRecorded > 0)
        {
            rows.Add(new AnalyticsRow(NotRecorded, [notRecorded]));
        }

        return new AnalyticsSeries(SeriesKeys.Categories, "Reviews by category",
            "Held reviews notified in the period, by what the victims were to the perpetrators; \"Not recorded\" has no relationship recorded yet.",
            "Category", ["Reviews"], rows, AnalyticsChart.Donut);
    }

    private static List<RelationshipKind> KindsOf(ReviewCategory category) =>
        Enum.GetValues<RelationshipKind>().Where(k => ReviewCategoryRules.GroupOf(k) == category).ToList();
}
