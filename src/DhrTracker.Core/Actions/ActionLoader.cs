using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Actions;

/// <summary>Loads an action for a write: tracked, with its review's partnership; "not found" (audited) when the user may not see it.</summary>
internal static class ActionLoader
{
    public sealed record Loaded(ActionItem Action, int PartnershipId);

    public static async Task<Loaded> LoadAsync(AppDbContext db, TimeProvider time, CurrentUser user, Guid actionId,
        string auditAction, CancellationToken ct)
    {
        var found = await db.Actions.VisibleActions(db.Reviews, user).Where(a => a.Id == actionId)
            .Select(a => new { Action = a, a.Review!.PartnershipId }).SingleOrDefaultAsync(ct);
        if (found is null)
        {
            await DenyAsync(db, time, user, auditAction, actionId, ct);
            throw new NotFoundException("The action");
        }

        return new Loaded(found.Action, found.PartnershipId);
    }

    /// <summary>Records the denial on its own and forgets everything else the context tracked, so nothing partial follows it.</summary>
    /// <param name="reviewId">The action's review when the user may see it (so the review's Audit tab shows the refusal).</param>
    public static async Task DenyAsync(AppDbContext db, TimeProvider time, CurrentUser user, string auditAction, Guid actionId, CancellationToken ct,
        Guid? reviewId = null)
    {
        db.ChangeTracker.Clear();
        db.Record(time, user, auditAction, nameof(ActionItem), actionId.ToString(), AuditOutcome.Denied, reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Saves, mapping a concurrency or constraint failure to the shared conflict refusal.</summary>
    public static async Task<Result<T>> SaveAsync<T>(AppDbContext db, T value, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<T>.Ok(value);
        }
        catch (DbUpdateException)
        {
            return Result<T>.Refused("", Refusals.Conflict);
        }
    }
}
