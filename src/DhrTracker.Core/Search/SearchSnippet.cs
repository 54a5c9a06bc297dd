namespace DhrTracker.Core.Search;

/// <summary>A value cut down to the words around the match, so a long finding shows where it matched and not all of itself.</summary>
public static class SearchSnippet
{
    /// <summary>Characters kept either side of the match; a value this short or shorter is shown whole.</summary>
    public const int Around = 60;

    public static string Of(string value, string search)
    {
        var text = value.Trim();
        if (text.Length <= search.Length + 2 * Around)
        {
            return text;
        }

        // SQL found it; if .NET's case rules disagree (a non-English letter), show the start rather than nothing.
        var at = Math.Max(0, text.IndexOf(search.Trim(), StringComparison.OrdinalIgnoreCase));
        var start = WordStart(text, Math.Max(0, at - Around));
        var end = WordEnd(text, Math.Min(text.Length, at + search.Trim().Length + Around));
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }

    private static int WordStart(string text, int index)
    {
        if (index == 0)
        {
            return 0;
        }

        var space = text.IndexOf(' ', index);
        return space < 0 || space - index > 15 ? index : space + 1;
    }

    private static int WordEnd(string text, int index)
    {
        if (index >= text.Length)
        {
            return text.Length;
        }

        var space = text.LastIndexOf(' ', index);
        return space < 0 || index - space > 15 ? index : space;
    }
}
