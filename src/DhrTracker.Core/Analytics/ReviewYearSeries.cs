namespace DhrTracker.Core.Analytics;

/// <summary>
/// Reviews notified per year (every review notified in the period, whatever its decision) and completed per
/// year (those of them published or closed, in the year of publication, or of closure when never published).
/// </summary>
internal static class ReviewYearSeries
{
    public static async Task<AnalyticsSeries> BuildAsync(AnalyticsScope scope, CancellationToken ct)
    {
        var notified = await scope.Notified.GroupBy(r => r.DateNotified.Year)
            .Select(g => new { Year = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Year, g => g.Count, ct);
        var completed = await scope.Notified.Where(r => r.PublicationDate != null || r.ClosedDate != null)
            .Select(r => r.PublicationDate ?? r.ClosedDate)
            .GroupBy(d => d!.Value.Year)
            .Select(g => new { Year = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Year, g => g.Count, ct);
        var rows = AnalyticsScope.YearsBetween(notified.Keys.Concat(completed.Keys))
            .Select(y => new AnalyticsRow(y.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [notified.GetValueOrDefault(y), completed.GetValueOrDefault(y)]))
            .ToList();
        return new AnalyticsSeries(SeriesKeys.ReviewsPerYear, "Reviews notified and completed per year",
            "Every review notified in the period, by the year it was notified; completed means published or closed, by the year that happened.",
            "Year", ["Notified", "Completed"], rows, AnalyticsChart.Bar);
    }
}
