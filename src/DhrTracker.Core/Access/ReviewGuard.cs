using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Access;

/// <summary>The opening of every write to a review's case record: load it as the user may see it, then ask <see cref="ReviewAccess"/>.</summary>
internal static class ReviewGuard
{
    /// <summary>
    /// Throws <see cref="NotFoundException"/> when the review is unknown or invisible to the user;
    /// returns a refusal (already audited as denied) when they may read but not work on it; null when they may.
    /// </summary>
    public static async Task<FieldError?> CheckWorkOnAsync(AppDbContext db, TimeProvider time, CurrentUser user, Guid reviewId,
        string action, string entityType, CancellationToken ct)
    {
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        return await DecideAsync(db, time, user, review, reviewId, action, entityType, ReviewAccess.CanWorkOn, ct);
    }

    /// <summary>As <see cref="CheckWorkOnAsync"/>, for changes reserved to the partnership's coordinators (e.g. the panel).</summary>
    public static async Task<FieldError?> CheckChangeAsync(AppDbContext db, TimeProvider time, CurrentUser user, Guid reviewId,
        string action, string entityType, CancellationToken ct)
    {
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        return await DecideAsync(db, time, user, review, reviewId, action, entityType, ReviewAccess.CanChange, ct);
    }

    /// <summary>As <see cref="CheckWorkOnAsync"/>, for a door with its own rule from <see cref="ReviewAccess"/> (e.g. panel meetings).</summary>
    public static async Task<FieldError?> CheckAsync(AppDbContext db, TimeProvider time, CurrentUser user, Guid reviewId,
        string action, string entityType, Func<CurrentUser, Review, bool> rule, CancellationToken ct)
    {
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        return await DecideAsync(db, time, user, review, reviewId, action, entityType, rule, ct);
    }

    private static async Task<FieldError?> DecideAsync(AppDbContext db, TimeProvider time, CurrentUser user, Review? review,
        Guid reviewId, string action, string entityType, Func<CurrentUser, Review, bool> rule, CancellationToken ct)
    {
        if (review is not null && rule(user, review))
        {
            return null;
        }

        db.Record(time, user, action, entityType, reviewId.ToString(), AuditOutcome.Denied, reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return review is null ? throw new NotFoundException("The review") : new FieldError("", Refusals.NotPermitted);
    }
}
