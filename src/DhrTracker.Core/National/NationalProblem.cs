namespace DhrTracker.Core.National;

/// <summary>
/// One thing wrong with a national data file: the file, the row as a spreadsheet shows it (the header is
/// row 1), the column, the value found and the rule in plain English. Row and column are null for a
/// problem with the whole file.
/// </summary>
public sealed record NationalProblem(string File, int? Row, string? Column, string? Value, string Rule)
{
    public override string ToString()
    {
        var where = File + (Row is { } r ? $", row {r}" : "") + (Column is { } c ? $", column {c}" : "");
        return Value is null ? $"{where}: {Rule}" : $"{where}, value \"{Value}\": {Rule}";
    }
}
