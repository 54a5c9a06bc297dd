using DhrTracker.Core.People;

namespace DhrTracker.Core.Analytics;

/// <summary>Victims of held reviews by age band and by sex: every victim counts, so a review with two victims counts twice.</summary>
internal static class VictimSeries
{
    public static async Task<AnalyticsSeries> AgeBandsAsync(AnalyticsScope scope, CancellationToken ct)
    {
        // Grouped by age in the database (at most a hundred or so rows), banded here by the one rule.
        var byAge = await Victims(scope).GroupBy(v => v.AgeAtDeath).Select(g => new { Age = g.Key, Count = g.Count() }).ToListAsync(ct);
        var byBand = byAge.GroupBy(a => AgeBands.For(a.Age)).ToDictionary(g => g.Key, g => g.Sum(a => a.Count));
        var rows = Enum.GetValues<AgeBand>()
            .Where(b => b != AgeBand.Under16 || byBand.ContainsKey(b))
            .Select(b => new AnalyticsRow(b.Display(), [byBand.GetValueOrDefault(b)]))
            .ToList();
        return new AnalyticsSeries(SeriesKeys.VictimAgeBands, "Victims by age band",
            "Every victim of a held review notified in the period, by age at death.", "Age band", ["Victims"], rows, AnalyticsChart.Bar);
    }

    public static async Task<AnalyticsSeries> SexAsync(AnalyticsScope scope, CancellationToken ct)
    {
        var bySex = await Victims(scope).GroupBy(v => v.Sex).Select(g => new { Sex = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Sex, g => g.Count, ct);
        Sex[] order = [Sex.Female, Sex.Male, Sex.Other, Sex.NotKnown];
        var rows = order.Select(s => new AnalyticsRow(Labels.Display(s), [bySex.GetValueOrDefault(s)])).ToList();
        return new AnalyticsSeries(SeriesKeys.VictimSex, "Victims by sex",
            "Every victim of a held review notified in the period.", "Sex", ["Victims"], rows, AnalyticsChart.Donut);
    }

    private static IQueryable<Victim> Victims(AnalyticsScope scope)
    {
        var held = scope.HeldIds;
        return scope.Db.Victims.Where(v => held.Contains(v.ReviewId));
    }
}
