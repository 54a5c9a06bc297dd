using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Search;

/// <summary>One review a search found, with every field that matched. <see cref="Victims"/> are pseudonyms, never real names.</summary>
public sealed record SearchResultReview(Guid ReviewId, string Reference, ReviewTypeName TypeName, ReviewStage Stage, string Victims,
    IReadOnlyList<SearchMatch> Matches);
