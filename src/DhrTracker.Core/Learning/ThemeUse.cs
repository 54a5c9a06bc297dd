namespace DhrTracker.Core.Learning;

/// <summary>
/// One appearance of a theme in a review: as a key theme (<see cref="FindingId"/> null) or on a finding.
/// </summary>
public sealed record ThemeUse(Guid ReviewId, Guid ThemeId, Guid? FindingId);
