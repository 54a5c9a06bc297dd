namespace DhrTracker.Core.Agencies;

/// <summary>The agencies of a review, and whether the current user may change them.</summary>
public sealed record ReviewAgenciesView(IReadOnlyList<ReviewAgencyItem> Items, bool CanWorkOn);
