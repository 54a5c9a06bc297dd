namespace DhrTracker.Core.Themes;

/// <summary>Keywords are typed as one comma-separated line; stored tidy so they read back as typed.</summary>
public static class ThemeKeywords
{
    public static IReadOnlyList<string> Parse(string? keywords) =>
        (keywords ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    public static string Normalise(string? keywords) => string.Join(", ", Parse(keywords));
}
