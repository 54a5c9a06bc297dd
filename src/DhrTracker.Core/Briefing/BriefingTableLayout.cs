namespace DhrTracker.Core.Briefing;

/// <summary>How the renderers lay a table out: numbers right-aligned so their digits line up, words left.</summary>
public static class BriefingTableLayout
{
    /// <summary>The first column names the row; a later column is numeric when every cell starts with a digit or "fewer than".</summary>
    public static bool IsNumber(BriefingTable table, int column) =>
        column > 0 && table.Rows.Count > 0 && table.Rows.All(r =>
            column < r.Count && (r[column].Length > 0 && char.IsDigit(r[column][0]) || r[column].StartsWith("fewer than", StringComparison.Ordinal)
                || r[column] is "no data" or "not shown"));

    /// <summary>A section holding a table of more than two columns spans the page width in print, where the rest runs in two columns.</summary>
    public static bool IsWide(BriefingSection section) => section.Blocks.Any(b => b is BriefingTable { Headers.Count: > 2 });
}
