namespace DhrTracker.Core.Import;

/// <summary>A file read into text cells: the header as written and each non-blank row with its spreadsheet row number.</summary>
public sealed record ImportTable(IReadOnlyList<string> Header, IReadOnlyList<ImportRow> Rows);

/// <summary>One data row. <see cref="Number"/> is the row the user sees in their spreadsheet (the header is row 1).</summary>
public sealed record ImportRow(int Number, IReadOnlyList<string> Cells);
