using System.Text.RegularExpressions;
using DhrTracker.Core.Import;

namespace DhrTracker.IntegrationTests.Import;

/// <summary>
/// One <c>error:</c> or <c>warning:</c> line of a corpus <c>.expected</c> file: row, column and value as the
/// user sees them ("-" for none) and a phrase the rule must contain, whatever its exact wording.
/// </summary>
public sealed record ExpectedProblem(string Row, string Column, string Value, string Phrase)
{
    public const string None = "-";

    /// <summary>Reads "3 | date_of_death | 2023-02-30 | not a real date".</summary>
    public static ExpectedProblem Parse(string text)
    {
        var parts = text.Split('|').Select(p => p.Trim()).ToArray();
        return parts.Length == 4
            ? new ExpectedProblem(parts[0], parts[1], parts[2], parts[3])
            : throw new FormatException($"An expected problem needs row | column | value | phrase: '{text}'");
    }

    /// <summary>Row, column and value equal (an empty value counts as none); the rule contains the phrase, ignoring case.</summary>
    public bool Matches(ImportProblem actual) =>
        Row == (actual.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? None)
        && Column == (actual.Column ?? None)
        && Value == (string.IsNullOrEmpty(actual.Value) ? None : actual.Value)
        && actual.Rule.Contains(Phrase, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether one line of a command's output names this problem: the row number as a word, the column, the
    /// value and the phrase. The command's layout is its own; these four are what the user needs to fix the file.
    /// </summary>
    public bool AppearsIn(string output) => output.Split('\n').Any(line =>
        (Row == None || Regex.IsMatch(line, $@"\b{Regex.Escape(Row)}\b"))
        && (Column == None || line.Contains(Column, StringComparison.Ordinal))
        && (Value == None || line.Contains(Value, StringComparison.Ordinal))
        && line.Contains(Phrase, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => $"{Row} | {Column} | {Value} | {Phrase}";
}
