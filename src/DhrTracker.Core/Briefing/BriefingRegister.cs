using DhrTracker.Core.Learning;

namespace DhrTracker.Core.Briefing;

/// <summary>
/// What the briefing is written from, loaded by <see cref="BriefingLoader"/> in one set of queries (or built by hand
/// in a unit test): the partnership's settings, its held reviews in the period, their theme uses and good-practice
/// findings, and the actions the briefing may mention. <see cref="BriefingCalculator"/> applies every rule again, so
/// a register holding more (not-held reviews, other periods) still gives the right briefing.
/// </summary>
public sealed record BriefingRegister(
    BriefingPartnership Partnership,
    IReadOnlyList<BriefingReviewFacts> Reviews,
    IReadOnlyList<ThemeUse> ThemeUses,
    IReadOnlyDictionary<Guid, Guid> CanonicalThemes,
    IReadOnlyDictionary<Guid, string> ThemeNames,
    IReadOnlyList<BriefingFindingFacts> GoodPractice,
    IReadOnlyList<BriefingActionFacts> Actions);
