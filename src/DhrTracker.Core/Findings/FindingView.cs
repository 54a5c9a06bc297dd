namespace DhrTracker.Core.Findings;

public sealed record FindingView(
    Guid Id,
    FindingType Type,
    FindingAgency Agency,
    string Narrative,
    string? PeriodOrEvent,
    IReadOnlyList<ThemeTag> Themes,
    Guid Version,
    DateTime UpdatedUtc)
{
    /// <summary>The ids as stored on the finding, which may include retired themes it keeps.</summary>
    public IReadOnlyList<Guid> StoredThemeIds { get; init; } = [];
}
