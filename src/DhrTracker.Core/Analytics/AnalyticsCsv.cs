using System.Globalization;
using CsvHelper;
using DhrTracker.Core.Actions;

namespace DhrTracker.Core.Analytics;

/// <summary>
/// One series as CSV, with the same heading and rows as its table on the page. Labels can be typed text
/// (an agency named on a finding), so each is neutralised before a spreadsheet opens it.
/// </summary>
public static class AnalyticsCsv
{
    public static byte[] Write(AnalyticsSeries series)
    {
        using var buffer = new MemoryStream();
        // A byte order mark so Excel opens UTF-8 correctly.
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true }, true))
        {
            csv.WriteRecord([SpreadsheetText.Safe(series.LabelHeading), .. series.Columns.Select(SpreadsheetText.Safe)]);
            foreach (var row in series.Rows)
            {
                csv.WriteRecord([SpreadsheetText.Safe(row.Label), .. row.Values.Select(Number)]);
            }

            csv.Flush();
        }

        return buffer.ToArray();
    }

    /// <summary>Numbers as the table shows them: whole numbers plain, a median of .5 or a percentage to one place; empty when none.</summary>
    public static string Number(decimal? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Only the category split changes with the suicide option, so only its file says so.</summary>
    public static string FileName(AnalyticsSeries series, AnalyticsQuery period) =>
        series.Key + (period.SuicideSeparate && series.Key == SeriesKeys.Categories ? "-suicide-separate" : "")
        + (period.From is { } f ? $"-from-{f:yyyy-MM-dd}" : "") + (period.To is { } t ? $"-to-{t:yyyy-MM-dd}" : "") + ".csv";
}
