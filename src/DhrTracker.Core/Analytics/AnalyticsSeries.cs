namespace DhrTracker.Core.Analytics;

/// <summary>
/// One chart's numbers, in the shape its table and its CSV download share: a label column headed
/// <see cref="LabelHeading"/> and one column per <see cref="Columns"/>. <see cref="Counts"/> says in plain English
/// which reviews (or victims, findings, actions) are counted. The chart draws <see cref="Charted"/> columns.
/// </summary>
public sealed record AnalyticsSeries(
    string Key,
    string Title,
    string Counts,
    string LabelHeading,
    IReadOnlyList<string> Columns,
    IReadOnlyList<AnalyticsRow> Rows,
    AnalyticsChart Chart,
    IReadOnlyList<string>? ChartedColumns = null)
{
    public IReadOnlyList<string> Charted => ChartedColumns ?? Columns;

    /// <summary>The value of a row and column, for tests and readers: null when missing.</summary>
    public decimal? Value(string label, string column) =>
        Rows.FirstOrDefault(r => r.Label == label)?.Values[IndexOf(column)];

    public int IndexOf(string column) => Columns.ToList().IndexOf(column) is >= 0 and var i
        ? i
        : throw new ArgumentException($"The series {Key} has no column {column}.", nameof(column));
}
