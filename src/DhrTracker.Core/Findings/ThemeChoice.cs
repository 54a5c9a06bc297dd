namespace DhrTracker.Core.Findings;

/// <summary>An active theme that can be given to a finding, with the keywords that suggest it.</summary>
public sealed record ThemeChoice(Guid Id, string Name, string Category, IReadOnlyList<string> Keywords);
