namespace DhrTracker.Core.Analytics;

/// <summary>One line of a series: a label ("2025", "Partner", "Police") and one value per column; null where nothing can be said.</summary>
public sealed record AnalyticsRow(string Label, IReadOnlyList<decimal?> Values);
