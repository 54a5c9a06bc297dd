using CsvHelper;
using DhrTracker.Core.Actions;

namespace DhrTracker.Core.Import;

/// <summary>
/// Every problem a file has, as CSV, for when the page shows only the first <see cref="ImportLimits.ErrorsShown"/>.
/// The values came from the user's own file, so each cell is neutralised before a spreadsheet opens it.
/// </summary>
public static class ImportProblemsCsv
{
    public static readonly IReadOnlyList<string> Columns = ["Row", "Column", "Value", "Rule"];

    public static byte[] Write(IReadOnlyList<ImportProblem> problems)
    {
        using var buffer = new MemoryStream();
        // A byte order mark so Excel opens UTF-8 (accents, non-Latin letters) correctly.
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true }, true))
        {
            csv.WriteRecord([.. Columns]);
            foreach (var p in problems)
            {
                csv.WriteRecord([Safe(p.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture)), Safe(p.Column), Safe(p.Value), Safe(p.Rule)]);
            }

            csv.Flush();
        }

        return buffer.ToArray();
    }

    private static string Safe(string? text) => SpreadsheetText.Safe(text);

    /// <summary>The download's name, after the file it describes: "tracker.csv" gives "tracker-errors.csv".</summary>
    public static string FileName(string importedFileName) =>
        (Path.GetFileNameWithoutExtension(importedFileName) is { Length: > 0 } name ? name : "import") + "-errors.csv";
}
