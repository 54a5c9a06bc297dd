namespace DhrTracker.Core.Search;

/// <summary>
/// The reviews a search found, newest notified first. <see cref="Capped"/> says more matched than
/// <see cref="SearchService.Cap"/>, so the user should narrow the search.
/// </summary>
public sealed record SearchResult(IReadOnlyList<SearchResultReview> Reviews, bool Capped);
