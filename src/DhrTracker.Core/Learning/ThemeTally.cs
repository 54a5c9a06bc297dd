namespace DhrTracker.Core.Learning;

/// <summary>How many reviews and findings a theme appears in, with reviews split by review category when known.</summary>
public sealed record ThemeTally(Guid ThemeId, int Reviews, int Findings, IReadOnlyDictionary<string, int> ReviewsByCategory);
