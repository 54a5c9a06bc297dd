namespace DhrTracker.Core.Findings;

public sealed record FindingGroup(string Heading, IReadOnlyList<FindingView> Findings);
