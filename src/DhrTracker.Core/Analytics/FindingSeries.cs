using DhrTracker.Core.Findings;

namespace DhrTracker.Core.Analytics;

/// <summary>Findings of held reviews by the register agency named on them, and by type.</summary>
internal static class FindingSeries
{
    public const string NotRecorded = "Not recorded";

    public static async Task<AnalyticsSeries> ByAgencyAsync(AnalyticsScope scope, CancellationToken ct)
    {
        // Counted by register agency (ADR 0388): every "Other" is one row, and text still to be matched another.
        var byAgency = await Findings(scope)
            .GroupBy(f => new { f.AgencyId, Name = f.Agency!.Name, f.AgencyIsOther, HasText = f.AgencyName != null })
            .Select(g => new { g.Key.AgencyId, g.Key.Name, g.Key.AgencyIsOther, g.Key.HasText, Count = g.Count() })
            .ToListAsync(ct);
        var rows = byAgency.GroupBy(g => new FindingAgency(g.AgencyId, g.Name, g.AgencyIsOther, g.HasText ? "" : null).Heading ?? NotRecorded)
            .Select(g => new { Label = g.Key, Count = g.Sum(x => x.Count) })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Label, StringComparer.Ordinal)
            .Select(g => new AnalyticsRow(g.Label, [g.Count]))
            .ToList();
        return new AnalyticsSeries(SeriesKeys.FindingsByAgency, "Findings by agency",
            "Findings of held reviews notified in the period, by the agency from the register named on the finding.", "Agency", ["Findings"], rows, AnalyticsChart.Bar);
    }

    public static async Task<AnalyticsSeries> ByTypeAsync(AnalyticsScope scope, CancellationToken ct)
    {
        var byType = await Findings(scope).GroupBy(f => f.Type).Select(g => new { Type = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Type, g => g.Count, ct);
        var rows = Enum.GetValues<FindingType>().Select(t => new AnalyticsRow(t.Display(), [byType.GetValueOrDefault(t)])).ToList();
        return new AnalyticsSeries(SeriesKeys.FindingsByType, "Findings by type",
            "Findings of held reviews notified in the period, by type.", "Type", ["Findings"], rows, AnalyticsChart.Bar);
    }

    private static IQueryable<Finding> Findings(AnalyticsScope scope)
    {
        var held = scope.HeldIds;
        return scope.Db.Findings.Where(f => held.Contains(f.ReviewId));
    }
}
