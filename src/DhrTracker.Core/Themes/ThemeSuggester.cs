using System.Text.RegularExpressions;

namespace DhrTracker.Core.Themes;

/// <summary>
/// Suggests themes whose name or a keyword appears in a finding's narrative, as whole words and
/// ignoring case. Only ever a suggestion: the user accepts each one, nothing is tagged automatically.
/// </summary>
public static class ThemeSuggester
{
    public sealed record Candidate(Guid Id, string Name, IReadOnlyList<string> Keywords);

    public static IReadOnlyList<Guid> Suggest(string? narrative, IEnumerable<Candidate> themes, IEnumerable<Guid>? alreadyChosen = null)
    {
        if (string.IsNullOrWhiteSpace(narrative))
        {
            return [];
        }

        var chosen = alreadyChosen?.ToHashSet() ?? [];
        var text = Squash(narrative);
        return themes
            .Where(t => !chosen.Contains(t.Id))
            .Where(t => new[] { t.Name }.Concat(t.Keywords).Any(term => Appears(text, term)))
            .Select(t => t.Id)
            .ToList();
    }

    private static bool Appears(string text, string term)
    {
        var squashed = Squash(term);
        if (squashed.Length == 0)
        {
            return false;
        }

        // Whole words only, so "rape" does not fire on "therapeutic".
        return Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(squashed)}(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
    }

    /// <summary>One space between words and straight apostrophes, so "Clare’s  Law" matches "Clare's Law".</summary>
    private static string Squash(string s) => Regex.Replace(s.Replace('\u2019', '\''), @"\s+", " ").Trim();
}
