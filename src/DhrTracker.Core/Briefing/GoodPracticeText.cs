using System.Text.RegularExpressions;

namespace DhrTracker.Core.Briefing;

/// <summary>
/// A good-practice finding as the shared briefing quotes it: the narrative's first sentence, at most
/// <see cref="MaxLength"/> characters, with every name of the review's people replaced (ADR 0321). Findings are
/// free text, so a pseudonym or a victim's real name typed into one must not reach a document written to be shared.
/// </summary>
public static class GoodPracticeText
{
    public const int MaxLength = 200;
    public const string Removed = "[name removed]";

    /// <summary>Words that name nobody on their own ("Adult" of "Adult A"): removing them would mangle the text and protect no one.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "adult", "victim", "perpetrator", "person", "child", "male", "female", "mr", "mrs", "ms", "miss", "mx", "dr", "the", "and", "unknown",
    };

    public static string Shorten(string narrative, IEnumerable<string> names) => Cut(FirstSentence(Scrub(narrative, names)));

    /// <summary>
    /// Replaces each name, and each distinctive word of it (three letters or more, not <see cref="Generic"/>), as a whole
    /// word in any case. One pass, longest first, so "Adult Kestrel" goes as one and the replacement is never matched again.
    /// </summary>
    public static string Scrub(string text, IEnumerable<string> names)
    {
        var terms = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim())
            .SelectMany(n => Words(n).Where(w => w.Length >= 3 && !Generic.Contains(w)).Concat(NamesSomeone(n) ? new[] { n } : Array.Empty<string>()))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length)
            .Select(t => Regex.Escape(t).Replace(@"\ ", @"\s+", StringComparison.Ordinal))
            .ToList();
        if (terms.Count == 0)
        {
            return text;
        }

        var pattern = $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join("|", terms)})(?![\p{{L}}\p{{N}}])";
        return Regex.Replace(text, pattern, Removed, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>A whole name is removed unless it is one generic or one-letter word (an import's "Perpetrator").</summary>
    private static bool NamesSomeone(string name) => Words(name) is var words && (words.Length > 1 || words.Length == 1 && words[0].Length >= 2 && !Generic.Contains(words[0]));

    private static string[] Words(string name) => name.Split([' ', '-', '\'', '(', ')', '.', ','], StringSplitOptions.RemoveEmptyEntries);

    private static string FirstSentence(string text)
    {
        var flat = Regex.Replace(text.Trim(), @"\s+", " ");
        var end = Regex.Match(flat, @"[.!?](?=\s|$)");
        return end.Success ? flat[..(end.Index + 1)] : flat;
    }

    private static string Cut(string sentence)
    {
        if (sentence.Length <= MaxLength)
        {
            return sentence;
        }

        var cut = sentence[..(MaxLength - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > MaxLength / 2 ? cut[..space] : cut).TrimEnd(' ', ',', ';', ':', '-') + "…";
    }
}
