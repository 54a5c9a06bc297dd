using System.Text;
using DhrTracker.Core.Analytics;

namespace DhrTracker.UnitTests.Analytics;

public sealed class AnalyticsCsvTests
{
    private static string[] Lines(byte[] csv) =>
        Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    [Fact]
    public void A_series_is_written_as_its_table_with_empty_cells_for_no_value_and_a_byte_order_mark()
    {
        var series = new AnalyticsSeries("time-to-stage", "Time", "Counts", "Stage", ["Median days", "Within clock"],
            [new AnalyticsRow("Decision", [19.5m, 4]), new AnalyticsRow("Completed", [397, null])], AnalyticsChart.Bar);

        var csv = AnalyticsCsv.Write(series);

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.Equal(["Stage,Median days,Within clock", "Decision,19.5,4", "Completed,397,"], Lines(csv));
    }

    [Fact]
    public void A_typed_label_that_a_spreadsheet_would_run_as_a_formula_is_neutralised()
    {
        var series = new AnalyticsSeries("findings-by-agency", "Findings", "Counts", "Agency", ["Findings"],
            [new AnalyticsRow("=HYPERLINK(\"http://x.invalid\")", [1]), new AnalyticsRow("@SUM(A1)", [2]), new AnalyticsRow("Police", [3])],
            AnalyticsChart.Bar);

        var lines = Lines(AnalyticsCsv.Write(series));

        Assert.Equal("\"'=HYPERLINK(\"\"http://x.invalid\"\")\",1", lines[1]);
        Assert.Equal("'@SUM(A1),2", lines[2]);
        Assert.Equal("Police,3", lines[3]);
    }

    [Fact]
    public void The_file_is_named_after_the_series_and_its_period()
    {
        var series = new AnalyticsSeries("categories", "Reviews by category", "", "Category", ["Reviews"], [], AnalyticsChart.Donut);

        Assert.Equal("categories.csv", AnalyticsCsv.FileName(series, AnalyticsQuery.AllTime));
        Assert.Equal("categories-from-2024-04-01-to-2025-03-31.csv",
            AnalyticsCsv.FileName(series, new AnalyticsQuery { From = new(2024, 4, 1), To = new(2025, 3, 31) }));
    }

    [Fact]
    public void Only_the_category_file_says_suicide_is_counted_separately()
    {
        var categories = new AnalyticsSeries("categories", "Reviews by category", "", "Category", ["Reviews"], [], AnalyticsChart.Donut);
        var sex = new AnalyticsSeries("victim-sex", "Victims by sex", "", "Sex", ["Victims"], [], AnalyticsChart.Bar);
        var period = new AnalyticsQuery { From = new(2024, 4, 1), SuicideSeparate = true };

        Assert.Equal("categories-suicide-separate-from-2024-04-01.csv", AnalyticsCsv.FileName(categories, period));
        Assert.Equal("victim-sex-from-2024-04-01.csv", AnalyticsCsv.FileName(sex, period));
    }
}
