using System.Globalization;
using System.Text.RegularExpressions;

namespace DhrTracker.Core.Import;

/// <summary>
/// A read table matched to a template: finds each column by name (ignoring case), reports missing,
/// repeated and unknown columns, and reads typed values from cells, adding a problem for each cell
/// that breaks its format. Checks of one row against another live in the review and action checkers.
/// </summary>
public sealed partial class ImportSheet
{
    private readonly Dictionary<string, int> columns = new(StringComparer.OrdinalIgnoreCase);

    public List<ImportProblem> Errors { get; } = [];
    public List<ImportProblem> Warnings { get; } = [];
    public IReadOnlyList<ImportRow> Rows { get; }

    public ImportSheet(ImportTable table, IReadOnlyList<ImportColumn> template)
    {
        Rows = table.Rows;
        var known = template.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < table.Header.Count; i++)
        {
            var name = ImportVocabulary.Key(table.Header[i]);
            if (name.Length == 0)
            {
                continue;
            }

            if (!known.Contains(name))
            {
                Warnings.Add(new(1, table.Header[i], null, "This is not a column of the template; its values are ignored."));
            }
            else if (!columns.TryAdd(name, i))
            {
                Errors.Add(new(1, name, null, $"The column appears twice in the header (columns {Letter(columns[name])} and {Letter(i)}). Keep one."));
            }
        }

        foreach (var column in template.Where(c => c.Required == "yes" && !columns.ContainsKey(c.Name)))
        {
            Errors.Add(new(1, column.Name, null, $"Required column {column.Name} is missing from the header row. Check its spelling against the template."));
        }
    }

    /// <summary>The header is usable: every required column is there once.</summary>
    public bool HeaderIsUsable => Errors.Count == 0;

    /// <summary>The cell's text with surrounding spaces removed; empty when the column is absent.</summary>
    public string Cell(ImportRow row, string column) =>
        columns.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i].Trim() : "";

    public void Error(ImportRow row, string column, string rule) => Errors.Add(new(row.Number, column, NullIfEmpty(Cell(row, column)), rule));

    public void Warning(ImportRow row, string column, string rule) => Warnings.Add(new(row.Number, column, NullIfEmpty(Cell(row, column)), rule));

    /// <summary>Text as typed (trimmed); null and a problem when required and empty or when too long.</summary>
    public string? Text(ImportRow row, string column, bool required, int maxLength)
    {
        var value = Cell(row, column);
        if (value.Length == 0)
        {
            if (required)
            {
                Error(row, column, $"A value is required in {column}.");
            }

            return null;
        }

        if (value.Length > maxLength)
        {
            Error(row, column, $"This is {value.Length} characters, longer than the {maxLength} allowed in {column}.");
            return null;
        }

        return value;
    }

    /// <summary>A date written YYYY-MM-DD. Telling a wrong format from an impossible date helps the user fix the right thing.</summary>
    public DateOnly? Date(ImportRow row, string column, bool required)
    {
        var value = Cell(row, column);
        if (value.Length == 0)
        {
            if (required)
            {
                Error(row, column, $"A value is required in {column}.");
            }

            return null;
        }

        if (!IsoDate().IsMatch(value))
        {
            Error(row, column, "Dates must be written YYYY-MM-DD, for example 2019-03-14 for 14 March 2019.");
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(row, column, "This is not a real date (check the day and the month).");
            return null;
        }

        return date;
    }

    public int? Whole(ImportRow row, string column, int min, int max, string rule)
    {
        var value = Cell(row, column);
        if (value.Length == 0)
        {
            Error(row, column, $"A value is required in {column}.");
            return null;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            Error(row, column, rule);
            return null;
        }

        return n;
    }

    /// <summary>A word from a vocabulary, ignoring case and reading spaces as underscores.</summary>
    public T? Choice<T>(ImportRow row, string column, IReadOnlyDictionary<string, T> words, string rule) where T : struct
    {
        var value = Cell(row, column);
        if (value.Length == 0)
        {
            Error(row, column, $"A value is required in {column}.");
            return null;
        }

        if (!words.TryGetValue(ImportVocabulary.Key(value), out var choice))
        {
            Error(row, column, rule);
            return null;
        }

        return choice;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + (index / 26) - 1)}{(char)('A' + (index % 26))}";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
