using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace DhrTracker.Core.Import;

/// <summary>
/// Reads a CSV (UTF-8, with or without a byte order mark) or .xlsx file into text cells. Dates a
/// spreadsheet stores as dates come out as YYYY-MM-DD and whole numbers without decimals, so both
/// formats are then checked by the same rules. A file that cannot be read is one plain-English problem.
/// </summary>
public static class ImportFileReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static (ImportTable? Table, ImportProblem? Problem) Read(string fileName, byte[] content)
    {
        if (content.LongLength > ImportLimits.MaxBytes)
        {
            return (null, FileProblem(ImportLimits.TooLarge(content.LongLength)));
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx"))
        {
            return (null, FileProblem("Only .csv and .xlsx files can be imported. Save the spreadsheet in one of those formats."));
        }

        if (content.Length == 0)
        {
            return (null, FileProblem("The file is empty."));
        }

        List<string[]> records;
        try
        {
            records = extension == ".csv" ? ReadCsv(content) : ReadXlsx(content);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // Whatever the library says (zip, XML or CSV), the user's fix is the same.
            return (null, FileProblem(extension == ".xlsx"
                ? "The file is not a spreadsheet that can be read as .xlsx. Open it in a spreadsheet program and save it as .xlsx or CSV."
                : "The file could not be read as CSV. Save it as CSV (UTF-8) and try again."));
        }

        var firstFilled = records.FindIndex(r => !IsBlank(r));
        if (firstFilled < 0)
        {
            return (null, FileProblem("The file is empty: it has no header row and no data."));
        }

        // Row numbers count every record from the top, as the spreadsheet shows them, blank ones included.
        var header = records[firstFilled].Select(h => h.Trim()).ToList();
        var rows = new List<ImportRow>();
        for (var i = firstFilled + 1; i < records.Count; i++)
        {
            if (!IsBlank(records[i]))
            {
                rows.Add(new ImportRow(i + 1, records[i]));
            }
        }

        if (rows.Count == 0)
        {
            return (null, FileProblem("The file has a header row but no data rows."));
        }

        if (rows.Count > ImportLimits.MaxRows)
        {
            return (null, FileProblem($"The file has {rows.Count:N0} rows, more than the {ImportLimits.MaxRows:N0} one import takes. Split it into smaller files."));
        }

        return (new ImportTable(header, rows), null);
    }

    private static ImportProblem FileProblem(string rule) => new(null, null, null, rule);

    private static bool IsBlank(string[] record) => record.All(string.IsNullOrWhiteSpace);

    private static List<string[]> ReadCsv(byte[] content)
    {
        // A UTF-8 byte order mark (as Excel writes "CSV UTF-8") is not part of the first header name.
        ReadOnlyMemory<byte> bytes = content.AsSpan().StartsWith(Utf8Bom) ? content.AsMemory(Utf8Bom.Length) : content;
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = false, SkipEmptyLines = false });
        var records = new List<string[]>();
        while (csv.Read())
        {
            var cells = new string[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i);
            }

            records.Add(cells);
        }

        return records;
    }

    private static List<string[]> ReadXlsx(byte[] content)
    {
        using var stream = new MemoryStream(content);
        var records = new List<string[]>();
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            records.Add(row.Values.Select(Text).ToArray());
        }

        return records;
    }

    private static string Text(object? cell) => cell switch
    {
        null => "",
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double n when n == Math.Floor(n) && Math.Abs(n) < 1e15 => ((long)n).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
