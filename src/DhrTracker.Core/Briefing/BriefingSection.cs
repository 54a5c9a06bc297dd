namespace DhrTracker.Core.Briefing;

/// <summary>One section of the briefing under its own heading, its blocks in reading order.</summary>
public sealed record BriefingSection(string Heading, IReadOnlyList<BriefingBlock> Blocks);
