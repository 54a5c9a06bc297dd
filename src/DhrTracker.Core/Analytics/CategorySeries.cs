using DhrTracker.Core.People;

namespace DhrTracker.Core.Analytics;

/// <summary>
/// Held reviews by Home Office category, decided in the database by the same precedence as
/// <see cref="ReviewCategoryRules.Classify"/> (partner, else familial, else household, else other), so only the
/// counts come back. With <see cref="AnalyticsQuery.SuicideSeparate"/>, as national reports count them, a review
/// with a victim who died by suicide is counted as "Suicide" instead of its relationship group (ADR 0367).
/// </summary>
internal static class CategorySeries
{
    public const string NotRecorded = "Not recorded";
    public const string Suicide = "Suicide";

    public static async Task<AnalyticsSeries> BuildAsync(AnalyticsScope scope, bool suicideSeparate, CancellationToken ct)
    {
        var partner = KindsOf(ReviewCategory.Partner);
        var familial = KindsOf(ReviewCategory.Familial);
        var household = KindsOf(ReviewCategory.Household);
        var relationships = scope.Db.Relationships;
        var victims = scope.Db.Victims;
        var held = scope.Held;
        var suicides = held.Where(r => victims.Any(v => v.ReviewId == r.Id && v.DeathType == DeathType.Suicide));
        if (suicideSeparate)
        {
            held = held.Where(r => !victims.Any(v => v.ReviewId == r.Id && v.DeathType == DeathType.Suicide));
        }

        // Plain counts rather than a GROUP BY over EXISTS, which SQL Server refuses (error 144).
        var partners = held.Where(r => relationships.Any(x => x.ReviewId == r.Id && partner.Contains(x.Kind)));
        var familials = held.Where(r => !relationships.Any(x => x.ReviewId == r.Id && partner.Contains(x.Kind))
            && relationships.Any(x => x.ReviewId == r.Id && familial.Contains(x.Kind)));
        var households = held.Where(r => !relationships.Any(x => x.ReviewId == r.Id && (partner.Contains(x.Kind) || familial.Contains(x.Kind)))
            && relationships.Any(x => x.ReviewId == r.Id && household.Contains(x.Kind)));
        var others = held.Where(r => !relationships.Any(x => x.ReviewId == r.Id
                && (partner.Contains(x.Kind) || familial.Contains(x.Kind) || household.Contains(x.Kind)))
            && relationships.Any(x => x.ReviewId == r.Id));
        var notRecorded = await held.CountAsync(r => !relationships.Any(x => x.ReviewId == r.Id), ct);

        var rows = new List<AnalyticsRow>
        {
            new(Labels.Display(ReviewCategory.Partner), [await partners.CountAsync(ct)]),
            new(Labels.Display(ReviewCategory.Familial), [await familials.CountAsync(ct)]),
            new(Labels.Display(ReviewCategory.Household), [await households.CountAsync(ct)]),
            new(Labels.Display(ReviewCategory.Other), [await others.CountAsync(ct)]),
        };
        if (suicideSeparate)
        {
            rows.Add(new AnalyticsRow(Suicide, [await suicides.CountAsync(ct)]));
        }

        if (notRecorded > 0)
        {
            rows.Add(new AnalyticsRow(NotRecorded, [notRecorded]));
        }

        var counts = "Held reviews notified in the period, by what the victims were to the perpetrators; \"Other\" means only "
            + "non-relatives outside the household, and \"Not recorded\" has no relationship recorded yet.";
        return new AnalyticsSeries(SeriesKeys.Categories, "Reviews by category",
            suicideSeparate ? counts + " As national reports count them, a review with a victim who died by suicide is counted as \"Suicide\" instead." : counts,
            "Category", ["Reviews"], rows, AnalyticsChart.Donut);
    }

    private static List<RelationshipKind> KindsOf(ReviewCategory category) =>
        Enum.GetValues<RelationshipKind>().Where(k => ReviewCategoryRules.GroupOf(k) == category).ToList();
}
