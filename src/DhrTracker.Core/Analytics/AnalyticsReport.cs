namespace DhrTracker.Core.Analytics;

/// <summary>
/// Every analytics series for a period, over the reviews the user may see. <see cref="PartnershipWide"/> says
/// whether that is the whole partnership (Coordinator, Manager) or only the reviews the user sits on.
/// </summary>
public sealed record AnalyticsReport(
    bool PartnershipWide,
    AnalyticsQuery Period,
    int ReviewsNotified,
    int ReviewsHeld,
    IReadOnlyList<AnalyticsSeries> Series)
{
    public AnalyticsSeries this[string key] => Series.Single(s => s.Key == key);
}
