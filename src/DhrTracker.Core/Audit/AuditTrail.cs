using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Audit;

/// <summary>Adds audit rows to a context so they commit, or roll back, with the change they describe.</summary>
public static class AuditTrail
{
    public static void Record(this AppDbContext db, TimeProvider time, CurrentUser user, string action,
        string entityType, string entityId, AuditOutcome outcome = AuditOutcome.Succeeded, string? detail = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            UserId = user.UserId,
            Roles = user.RoleList,
            PartnershipId = user.PartnershipId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Outcome = outcome,
            Detail = detail is { Length: > 1000 } ? detail[..1000] : detail,
        });
    }

    /// <summary>
    /// Records a refused request on its own: whatever else the context tracked is forgotten first, so a
    /// denial never carries a partial change with it.
    /// </summary>
    public static async Task RecordDeniedAsync(this AppDbContext db, TimeProvider time, CurrentUser user, string action,
        string entityType, string entityId, CancellationToken ct = default)
    {
        db.ChangeTracker.Clear();
        db.Record(time, user, action, entityType, entityId, AuditOutcome.Denied);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Writes a single audit row on its own, e.g. for a view or a denial that changes nothing else.</summary>
    public static async Task RecordAsync(this IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, CurrentUser user,
        string action, string entityType, string entityId, AuditOutcome outcome = AuditOutcome.Succeeded,
        string? detail = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Record(time, user, action, entityType, entityId, outcome, detail);
        await db.SaveChangesAsync(ct);
    }
}
