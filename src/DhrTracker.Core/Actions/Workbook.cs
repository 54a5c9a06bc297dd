using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace DhrTracker.Core.Actions;

/// <summary>
/// Writes the product's spreadsheets (issue 16): text cells neutralised (<see cref="SpreadsheetText.Safe"/>), and dates
/// as real date cells shown "26 Nov 2026", so Excel sorts and filters them as dates, whatever the reader's locale.
/// </summary>
public static class Workbook
{
    /// <summary>Excel's number format for a UK date; a date-time cell adds the time.</summary>
    public const string DateFormat = "d mmm yyyy";

    public const string DateTimeFormat = "d mmm yyyy hh:mm";

    /// <summary>A sheet as a table (so a sheet with no rows keeps its headings). DateOnly cells become dates; DateTime cells, UK clock times.</summary>
    public static DataTable Sheet(IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var table = new DataTable();
        foreach (var column in columns)
        {
            table.Columns.Add(column, typeof(object));
        }

        foreach (var row in rows)
        {
            table.Rows.Add([.. row.Select(Cell)]);
        }

        return table;
    }

    /// <summary>The workbook's bytes; <paramref name="dateColumns"/> and <paramref name="dateTimeColumns"/> name the columns given a date format.</summary>
    public static async Task<byte[]> WriteAsync(IDictionary<string, object> sheets, IEnumerable<string> dateColumns, IEnumerable<string> dateTimeColumns,
        CancellationToken ct)
    {
        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns =
            [
                .. dateColumns.Distinct().Select(c => new DynamicExcelColumn(c) { Format = DateFormat, Width = 12 }),
                .. dateTimeColumns.Distinct().Select(c => new DynamicExcelColumn(c) { Format = DateTimeFormat, Width = 16 }),
            ],
        };
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(sheets, excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: ct);
        return buffer.ToArray();
    }

    /// <summary>
    /// One sheet written as its rows arrive, so a national export never holds its rows in memory (issue 15): only the
    /// compressed workbook is. A sheet with no rows is written from an empty table, so it keeps its headings.
    /// </summary>
    public static async Task<byte[]> WriteRowsAsync(string sheet, IReadOnlyList<string> columns, IAsyncEnumerable<object?[]> rows,
        IEnumerable<string> dateColumns, IEnumerable<string> dateTimeColumns, CancellationToken ct)
    {
        await using var rest = rows.GetAsyncEnumerator(ct);
        object content = await rest.MoveNextAsync() ? Remaining(rest, columns) : Sheet(columns, []);
        return await WriteAsync(new Dictionary<string, object> { [sheet] = content }, dateColumns, dateTimeColumns, ct);
    }

    /// <summary>The current row and every row after it, as MiniExcel streams them: one dictionary a row, keyed by heading.</summary>
    private static async IAsyncEnumerable<IDictionary<string, object?>> Remaining(IAsyncEnumerator<object?[]> rows, IReadOnlyList<string> columns)
    {
        do
        {
            var row = new Dictionary<string, object?>(columns.Count);
            for (var i = 0; i < columns.Count; i++)
            {
                row[columns[i]] = rows.Current[i] is { } value ? Cell(value) : null;
            }

            yield return row;
        }
        while (await rows.MoveNextAsync());
    }

    private static object Cell(object? value) => value switch
    {
        null => DBNull.Value,
        string s => SpreadsheetText.Safe(s),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        _ => value,
    };
}
