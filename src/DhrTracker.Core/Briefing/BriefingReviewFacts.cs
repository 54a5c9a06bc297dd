using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Briefing;

/// <summary>
/// One review as the briefing counts it. <see cref="Names"/> are its victims' and perpetrators' pseudonyms and
/// the victims' real names, loaded only to be removed from good-practice text, never shown.
/// </summary>
public sealed record BriefingReviewFacts(
    Guid Id,
    ReviewDecision Decision,
    DateOnly DateNotified,
    int Victims,
    int? ChildrenInHousehold,
    IReadOnlyList<RelationshipKind> Relationships,
    IReadOnlyList<string> Names);
