using DhrTracker.Core.Partnerships;

namespace DhrTracker.Core.Reviews;

/// <summary>
/// What one review is called. A DARDR (death on or after s.19 commences) always carries the statutory
/// name; a DHR carries the partnership's own setting, so a partnership may already say "DARDR" if it wishes.
/// </summary>
public static class ReviewTypeNames
{
    public const string DardrName = "Domestic Abuse Related Death Review";
    public const string DardrAbbreviation = "DARDR";

    public static ReviewTypeName For(Partnership partnership, ReviewRegime regime) => regime == ReviewRegime.Dardr
        ? new(DardrName, DardrAbbreviation)
        : new(partnership.ReviewTypeName, partnership.ReviewTypeAbbreviation);

    public static ReviewTypeName For(Partnership partnership, DateOnly dateOfDeath) =>
        For(partnership, ReviewRegimes.For(partnership, dateOfDeath));

    /// <summary>The review's name; <see cref="Review.Partnership"/> must be loaded.</summary>
    public static ReviewTypeName For(Review review) => For(review.Partnership!, ReviewRegimes.For(review));
}
