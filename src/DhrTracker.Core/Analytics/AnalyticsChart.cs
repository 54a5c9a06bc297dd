namespace DhrTracker.Core.Analytics;

/// <summary>How a series reads best: bars to compare groups, a line for change over years, a donut for parts of a whole.</summary>
public enum AnalyticsChart
{
    Bar,
    Line,
    Donut,
}
