using DhrTracker.Core.Partnerships;

namespace DhrTracker.Core.Reviews;

/// <summary>
/// Which law a review runs under (DHR-PRIMER section 8). Section 19 of the Victims and Prisoners Act
/// 2024 applies to deaths on or after its commencement, so the date of death decides, never the date
/// the partnership was told. Until the partnership records a commencement date every review is a DHR.
/// </summary>
public static class ReviewRegimes
{
    public static ReviewRegime For(DateOnly dateOfDeath, DateOnly? commencement) =>
        commencement is { } c && dateOfDeath >= c ? ReviewRegime.Dardr : ReviewRegime.Dhr;

    /// <summary>The review's regime; <see cref="Review.Partnership"/> must be loaded.</summary>
    public static ReviewRegime For(Review review) =>
        For(review.DateOfDeath, (review.Partnership ?? throw new InvalidOperationException("Load the review's partnership first.")).Section19CommencementDate);

    public static ReviewRegime For(Partnership partnership, DateOnly dateOfDeath) =>
        For(dateOfDeath, partnership.Section19CommencementDate);
}
