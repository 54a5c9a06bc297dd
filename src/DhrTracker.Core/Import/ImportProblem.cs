namespace DhrTracker.Core.Import;

/// <summary>
/// One thing wrong with (or worth knowing about) a file: the row as the user sees it in their spreadsheet
/// (the header is row 1), the column, the value found and the rule in plain English. Row and column
/// are null for a problem with the whole file (e.g. empty, too large, not a spreadsheet).
/// </summary>
public sealed record ImportProblem(int? Row, string? Column, string? Value, string Rule)
{
    public override string ToString()
    {
        var where = (Row, Column) switch
        {
            ({ } r, { } c) => $"Row {r}, column {c}",
            ({ } r, null) => $"Row {r}",
            (null, { } c) => $"Column {c}",
            _ => "File",
        };
        return Value is null ? $"{where}: {Rule}" : $"{where}, value \"{Value}\": {Rule}";
    }
}
