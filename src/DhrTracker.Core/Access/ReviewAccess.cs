using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Access;

/// <summary>
/// The one place that decides who may read or change a review. Every service query for reviews
/// starts from <see cref="Visible"/>, so lists, search, detail and exports agree.
/// </summary>
public static class ReviewAccess
{
    /// <summary>Roles that read the case record of every review in their partnership.</summary>
    private static readonly string[] PartnershipReaders = [Roles.Coordinator, Roles.Manager];

    public static IQueryable<Review> Visible(this IQueryable<Review> reviews, CurrentUser user)
    {
        if (user.PartnershipId is not { } partnershipId || !PartnershipReaders.Any(user.IsIn))
        {
            // Administrators and agency leads see no case content; panel members will see only the
            // reviews they sit on once panels exist.
            return reviews.Where(_ => false);
        }

        return reviews.Where(r => r.PartnershipId == partnershipId);
    }

    public static bool CanCreate(CurrentUser user) => user.IsIn(Roles.Coordinator) && user.PartnershipId is not null;

    public static bool CanRead(CurrentUser user, Review review) =>
        user.PartnershipId == review.PartnershipId && PartnershipReaders.Any(user.IsIn);

    public static bool CanChange(CurrentUser user, Review review) =>
        user.PartnershipId == review.PartnershipId && user.IsIn(Roles.Coordinator);

    /// <summary>
    /// Findings and key themes are written by the review's Coordinators and by the panel members who
    /// sit on it; <paramref name="sitsOnPanel"/> comes from the panel of this review.
    /// </summary>
    public static bool CanRecordFindings(CurrentUser user, Review review, bool sitsOnPanel) =>
        user.PartnershipId == review.PartnershipId
        && (user.IsIn(Roles.Coordinator) || (sitsOnPanel && user.IsIn(Roles.PanelMember)));
}
