namespace DhrTracker.Core.Learning;

/// <summary>
/// Themes across the reviews the user may see. <see cref="PartnershipWide"/> says whether that is every
/// review of the partnership (Coordinator, Manager) or only the user's own (panel member).
/// </summary>
public sealed record ThemeCountsReport(
    bool PartnershipWide,
    int ReviewsCounted,
    IReadOnlyList<string> SplitCategories,
    IReadOnlyList<ThemeCountRow> Rows)
{
    public static readonly ThemeCountsReport Empty = new(false, 0, [], []);
}
