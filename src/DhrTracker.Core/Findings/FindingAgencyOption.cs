namespace DhrTracker.Core.Findings;

/// <summary>
/// A register agency the finding form offers: the partnership's active agencies, the review's own first, and any
/// retired one a finding of the review already names (so editing that finding keeps it).
/// </summary>
public sealed record FindingAgencyOption(int Id, string Name, bool OnReview, bool IsActive);
