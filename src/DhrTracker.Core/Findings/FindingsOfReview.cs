namespace DhrTracker.Core.Findings;

/// <summary>Everything the findings tab of one review shows.</summary>
public sealed record FindingsOfReview(
    Guid ReviewId,
    bool CanEdit,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<ThemeTag> KeyThemes,
    Guid KeyThemesVersion,
    IReadOnlyList<ThemeChoice> ActiveThemes,
    IReadOnlyList<FindingAgencyOption> Agencies);
