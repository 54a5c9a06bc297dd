namespace DhrTracker.Core.Search;

/// <summary>
/// The user's text as a LIKE pattern that finds it anywhere in a value, lower-cased to compare with lower-cased
/// columns (so the match ignores case whatever the SQL Server collation). Every character the user types is
/// literal: %, _ and [ are wildcards to LIKE (the last on SQL Server only), so each is escaped, as is the escape itself.
/// </summary>
public static class SearchPattern
{
    /// <summary>The ESCAPE character of every search LIKE; both SQLite and SQL Server take the next character literally.</summary>
    public const string Escape = "\\";

    public static string Contains(string text)
    {
        var escaped = text.Trim().ToLowerInvariant()
            .Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal)
            .Replace("[", Escape + "[", StringComparison.Ordinal);
        return $"%{escaped}%";
    }
}
