using System.Text.RegularExpressions;

namespace DhrTracker.Core.NamesCheck;

/// <summary>
/// Turns a detail held about a person into what the check looks for (ADR 0396). A real name is looked for whole, in any
/// case and across any spacing or line break, and each part of it of three letters or more (but titles and particles
/// such as "Mrs" or "van") when written with a capital, so "Rose" is found but "a rose" is not. Contact details give
/// their postcodes, email addresses, telephone numbers and the lines that start with a house number.
/// </summary>
public static partial class NameTerms
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "mrs", "miss", "mr", "ms", "mx", "dr", "prof", "sir", "dame", "rev", "van", "von", "der", "den", "del", "della", "des", "dos", "das",
        "bin", "binti", "ibn", "abu", "the", "and",
    };

    private const string NotWordBefore = @"(?<![\p{L}\p{N}])";
    private const string NotWordAfter = @"(?![\p{L}\p{N}])";

    public static IEnumerable<NameTerm> ForRealName(Guid personId, string? realName)
    {
        // Words in brackets are a note beside the name ("(synthetic)"), not part of it.
        var name = Brackets().Replace(realName ?? "", " ");
        var words = Words(name);
        if (words.Count == 0)
        {
            yield break;
        }

        if (words.Count > 1)
        {
            yield return new(personId, HeldDetail.RealName, Build(string.Join(@"\s*", words.Select(Literal)), ignoreCase: true));
        }

        var parts = words.SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries).Prepend(w))
            .Where(p => p.Count(char.IsLetter) >= 3 && !NotNames.Contains(p))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts)
        {
            // A part alone counts only with its capital, as a name is written: "Will", not "will".
            var first = part[0];
            var pattern = char.IsLetter(first)
                ? $"(?-i:{Regex.Escape(char.ToUpperInvariant(first).ToString())}){Literal(part[1..])}"
                : Literal(part);
            yield return new(personId, HeldDetail.RealName, Build(pattern, ignoreCase: true));
        }
    }

    public static IEnumerable<NameTerm> ForContactDetails(Guid personId, string? details)
    {
        var text = details ?? "";
        foreach (Match postcode in Postcode().Matches(text))
        {
            var compact = postcode.Value.Replace(" ", "", StringComparison.Ordinal);
            yield return new(personId, HeldDetail.ContactDetails, Build($@"{Regex.Escape(compact[..^3])}\s*{Regex.Escape(compact[^3..])}", ignoreCase: true));
        }

        foreach (Match email in Email().Matches(text))
        {
            yield return new(personId, HeldDetail.ContactDetails, Build(Regex.Escape(email.Value), ignoreCase: true));
        }

        foreach (Match phone in Phone().Matches(text))
        {
            var digits = phone.Value.Where(char.IsDigit).ToArray();
            if (digits.Length >= 10)
            {
                yield return new(personId, HeldDetail.ContactDetails, Build(string.Join(@"[\s\-]*", digits.Select(d => d.ToString())), ignoreCase: false));
            }
        }

        // "12 Acacia Avenue": a house number and the two words after it, as an address line starts (the town alone is too common a word).
        foreach (var line in text.Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Street().Match(line) is { Success: true } street)
            {
                yield return new(personId, HeldDetail.ContactDetails, Build(string.Join(@"\s*", Words(street.Value).Select(Literal)), ignoreCase: true));
            }
        }
    }

    private static List<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '"', '“', '”'))
            .Where(w => w.Any(char.IsLetterOrDigit))
            .ToList();

    /// <summary>A word as a regular expression that also finds it with curly apostrophes or a non-breaking hyphen.</summary>
    private static string Literal(string word) =>
        string.Concat(word.Select(c => c switch
        {
            '\'' or '’' or '‘' or 'ʼ' or '`' => "['’‘ʼ`]",
            '-' or '‐' or '‑' => @"\s*[-‐‑]\s*",
            _ => Regex.Escape(c.ToString()),
        }));

    private static Regex Build(string pattern, bool ignoreCase) =>
        new(NotWordBefore + pattern + NotWordAfter,
            RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None), Timeout);

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\+?[0-9][0-9\s\-()]{8,}[0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"^(?:flat\s+\w+\s+)?[0-9]+[a-z]?\s+[\p{L}'’\-]+(?=\s|$)(?:\s+[\p{L}'’\-]+(?=\s|$))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Street();
}
