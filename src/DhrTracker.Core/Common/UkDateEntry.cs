using System.Globalization;
using System.Text.RegularExpressions;

namespace DhrTracker.Core.Common;

/// <summary>
/// Dates as UK users type them: day first, whatever language the browser is set to, so "01/10/2027" is
/// 1 October 2027 for everyone. ISO "2027-10-01" is read too: it cannot be mistaken. (Issue 16, ADR 0384.)
/// </summary>
public static partial class UkDateEntry
{
    public const string Example = "26/11/2026";

    /// <summary>How a date box shows a date: the form it asks for.</summary>
    public static string Format(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// Reads <paramref name="text"/> as day, month and year ("26/11/2026", "1-2-2027", "26.11.2026", "26 Nov 2026",
    /// "26 November 2026") or ISO year-month-day. Blank is no date (true, null): whether one is needed is the form's
    /// rule. Otherwise false, with a sentence that starts with <paramref name="name"/> and says what to type.
    /// </summary>
    public static bool TryParse(string? text, string name, out DateOnly? date, out string? problem)
    {
        (date, problem) = (null, null);
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (Split(text.Trim()) is not var (day, month, year))
        {
            problem = $"{name} must be a date as day, month and year, for example {Example}.";
            return false;
        }

        // A two-digit year could be 1926 or 2026; asking costs the user two key presses.
        if (year.Length != 4 || year[0] == '0')
        {
            problem = $"{name} must include the year in full, for example 2026.";
            return false;
        }

        var y = int.Parse(year, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(y, Math.Clamp(month, 1, 12)))
        {
            // "10/31/2027" is a US date: say which part comes first rather than only that it is wrong.
            problem = month > 12 && day is >= 1 and <= 12
                ? $"{name} must have the day before the month, for example {Example}."
                : $"{name} must be a real date, for example {Example}.";
            return false;
        }

        date = new DateOnly(y, month, day);
        return true;
    }

    private static (int Day, int Month, string Year)? Split(string text)
    {
        if (Iso().Match(text) is { Success: true } iso)
        {
            return (Number(iso, "d"), Number(iso, "m"), iso.Groups["y"].Value);
        }

        if (Numeric().Match(text) is { Success: true } numeric)
        {
            return (Number(numeric, "d"), Number(numeric, "m"), numeric.Groups["y"].Value);
        }

        if (Named().Match(text) is { Success: true } named && MonthCalled(named.Groups["m"].Value) is { } month)
        {
            return (Number(named, "d"), month, named.Groups["y"].Value);
        }

        return null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    // "Nov", "Sept", "November": a month's name or at least its first three letters.
    private static int? MonthCalled(string word)
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        var index = Array.FindIndex(names, n => n.Length > 0 && word.Length >= 3 && n.StartsWith(word, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index + 1 : null;
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})\s*[/.\-\s]\s*(?<m>[0-9]{1,2})\s*[/.\-\s]\s*(?<y>[0-9]+)$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})(?:st|nd|rd|th)?[\s.\-/]*(?<m>[A-Za-z]+)\.?[\s.,\-/]*(?<y>[0-9]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Named();
}
