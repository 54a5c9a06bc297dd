namespace DhrTracker.Core.Live;

/// <summary>A saved change to a review or its records: which review, in which partnership, by whom. No content.</summary>
public sealed record ReviewChange(Guid ReviewId, int? PartnershipId, string UserId);
