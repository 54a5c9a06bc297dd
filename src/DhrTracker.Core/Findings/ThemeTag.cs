namespace DhrTracker.Core.Findings;

/// <summary>A theme as shown on a finding: the theme it now counts under, so merged themes read as their target.</summary>
public sealed record ThemeTag(Guid Id, string Name, string Category);
