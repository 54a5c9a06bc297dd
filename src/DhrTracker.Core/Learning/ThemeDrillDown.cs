namespace DhrTracker.Core.Learning;

/// <summary>The findings and key-theme reviews behind one theme's counts, limited to what the user may see.</summary>
public sealed record ThemeDrillDown(
    Guid ThemeId,
    string Name,
    string Category,
    IReadOnlyList<string> MergedFrom,
    IReadOnlyList<ThemeFindingItem> Findings,
    IReadOnlyList<(Guid Id, string Reference)> KeyThemeOf);
