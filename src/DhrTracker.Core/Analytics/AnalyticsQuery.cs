namespace DhrTracker.Core.Analytics;

/// <summary>
/// The period the analytics cover, on each review's date notified (both ends included); either end may be
/// left open, and neither means all time.
/// </summary>
public sealed record AnalyticsQuery
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>Count a review with a victim who died by suicide as "Suicide" rather than its relationship group, as national reports do.</summary>
    public bool SuicideSeparate { get; init; }

    public static AnalyticsQuery AllTime { get; } = new();

    /// <summary>The period in words, UK dates: "All time", "From 1 Apr 2024", "1 Apr 2024 to 31 Mar 2025".</summary>
    public string Describe() => (From, To) switch
    {
        (null, null) => "All time",
        ({ } f, null) => $"From {UkDates.Format(f)}",
        (null, { } t) => $"Up to {UkDates.Format(t)}",
        ({ } f, { } t) => $"{UkDates.Format(f)} to {UkDates.Format(t)}",
    };
}
