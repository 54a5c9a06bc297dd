using DhrTracker.Core.Data;

namespace DhrTracker.Core.Findings;

/// <summary>Whether a user sits on a review's panel (issue 4's panel memberships), read fresh on every call.</summary>
internal static class PanelSeat
{
    public static Task<bool> SitsOnPanelAsync(AppDbContext db, Guid reviewId, string userId, CancellationToken ct = default) =>
        db.PanelMemberships.AnyAsync(p => p.ReviewId == reviewId && p.UserId == userId, ct);
}
