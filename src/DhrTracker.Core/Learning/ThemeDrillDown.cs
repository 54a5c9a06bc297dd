namespace DhrTracker.Core.Learning;

/// <summary>
/// The findings behind one theme's counts (one page of them; <see cref="TotalFindings"/> in all) and the reviews
/// carrying it as a key theme, limited to what the user may see.
/// </summary>
public sealed record ThemeDrillDown(
    Guid ThemeId,
    string Name,
    string Category,
    IReadOnlyList<string> MergedFrom,
    IReadOnlyList<ThemeFindingItem> Findings,
    int TotalFindings,
    IReadOnlyList<(Guid Id, string Reference)> KeyThemeOf);
