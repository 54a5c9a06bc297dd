namespace DhrTracker.Core.Actions;

/// <summary>
/// Neutralises text a spreadsheet would run as a formula (CSV/formula injection): a leading =, +, -, @,
/// tab or carriage return gets an apostrophe in front, so the cell shows the text and never evaluates it.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public static string Safe(string? text) =>
        string.IsNullOrEmpty(text) ? "" : Triggers.Contains(text[0]) ? "'" + text : text;
}
