namespace DhrTracker.Core.Learning;

/// <summary>A row of the themes-across-reviews table. Merged themes have no row: they count under their target.</summary>
public sealed record ThemeCountRow(
    Guid ThemeId,
    string Category,
    string Name,
    bool IsRetired,
    IReadOnlyList<string> MergedFrom,
    int Reviews,
    int Findings,
    IReadOnlyDictionary<string, int> ReviewsByCategory);
