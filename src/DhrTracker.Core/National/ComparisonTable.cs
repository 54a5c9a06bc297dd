namespace DhrTracker.Core.National;

/// <summary>
/// The partnership beside the national picture: for category, abuse flags, victim sex and age band, each
/// row's local and national count with the size of its base. <see cref="National"/> is null on every
/// row when no national data is loaded.
/// </summary>
public sealed record ComparisonTable(IReadOnlyList<ComparisonRow> Rows, bool HasNational)
{
    public static readonly ComparisonTable Empty = new([], false);
}

/// <param name="Group">"Category", "Abuse", "Victim sex" or "Victim age band".</param>
/// <param name="Measure">What is counted, in plain English: "Partner", "Coercive control", "Female", "25-34".</param>
public sealed record ComparisonRow(string Group, string Measure, Share Local, Share? National);
