using DhrTracker.Core.National;

namespace DhrTracker.Core.Analytics;

/// <summary>
/// The held reviews beside the national data (<see cref="NationalComparison.CompareAsync"/>), each share with
/// its count and base, so a reader sees "3 of 4" and not only "75%". National columns are empty when none is loaded.
/// </summary>
internal static class NationalSeries
{
    public const string LocalPercent = "Local %";
    public const string NationalPercent = "National %";

    public static async Task<AnalyticsSeries> BuildAsync(AnalyticsScope scope, CancellationToken ct)
    {
        var table = await NationalComparison.CompareAsync(scope.Db, scope.HeldIds, ct);
        var rows = table.Rows.Select(r => new AnalyticsRow($"{r.Group}: {r.Measure}",
            [r.Local.Count, r.Local.Base, r.Local.Percent, r.National?.Count, r.National?.Base, r.National?.Percent])).ToList();
        return new AnalyticsSeries(SeriesKeys.National, "Our reviews beside the national picture",
            (table.HasNational
                ? "Held reviews notified in the period beside every incident in the national data set loaded. "
                : "Held reviews notified in the period. No national data is loaded yet, so the national columns are empty. ")
            + "Each percentage is out of its base: reviews for category and abuse, victims for sex and age band; incidents or victims nationally.",
            "Measure", ["Local", "Local base", LocalPercent, "National", "National base", NationalPercent], rows,
            AnalyticsChart.Bar, [LocalPercent, NationalPercent]);
    }
}
