using System.Globalization;

namespace DhrTracker.Core.Briefing;

/// <summary>"Our area beside England and Wales": the comparison table, each share with the size of its base.</summary>
internal static class BriefingComparisonWording
{
    public static BriefingSection Comparison(BriefingReport r)
    {
        var table = r.Comparison;
        List<BriefingBlock> blocks = [];
        if (!table.HasNational)
        {
            blocks.Add(new BriefingParagraph("No national data is loaded, so this briefing cannot compare the area with England and Wales."));
        }
        else if (r.National is { } national)
        {
            blocks.Add(new BriefingParagraph(
                $"England and Wales figures are over {N(national.Incidents)} incidents in the Domestic Homicide Review Dataset, drawn from " +
                "the Home Office's metadata of published reviews. Each share is given with its base: the cases where the fact is recorded."));
        }

        // Without the national side the table would be a long list of local shares beside nothing: the
        // sentence above says why, and the analytics page has the local breakdowns.
        if (table.Rows.Count == 0 || !table.HasNational)
        {
            return new(BriefingWording.ComparisonHeading, blocks);
        }

        List<string> headers = ["Measure", r.Area, $"{r.Area} %", "England and Wales", "England and Wales %"];

        var rows = table.Rows.Select(row =>
        {
            // A suppressed local count hides its percentage too, or the percentage would give the count away.
            var suppressed = r.Show(row.Local.Count) != row.Local.Count.ToString(CultureInfo.InvariantCulture);
            List<string> cells = [$"{row.Group}: {row.Measure}", $"{r.Show(row.Local.Count)} of {r.Show(row.Local.Base)}",
                suppressed ? "not shown" : BriefingReviewsWording.Percent(row.Local.Percent)];
            cells.Add(row.National is { } n ? $"{N(n.Count)} of {N(n.Base)}" : "no data");
            cells.Add(BriefingReviewsWording.Percent(row.National?.Percent));

            return (IReadOnlyList<string>)cells;
        }).ToList();
        blocks.Add(new BriefingTable($"{r.Area} beside England and Wales, with the base of each share", headers, rows));
        return new(BriefingWording.ComparisonHeading, blocks);
    }

    // National figures are published, so they are never suppressed; thousands get a separator for reading aloud.
    private static string N(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
