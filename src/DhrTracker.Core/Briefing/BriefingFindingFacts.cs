namespace DhrTracker.Core.Briefing;

/// <summary>A good-practice finding of a review: the narrative is shortened and cleaned of names before it is shown.</summary>
public sealed record BriefingFindingFacts(Guid ReviewId, string Narrative);
