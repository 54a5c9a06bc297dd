using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Audit;

/// <summary>Adds audit rows to a context so they commit, or roll back, with the change they describe.</summary>
public static class AuditTrail
{
    public const string ReviewEntity = "Review";

    // Set while a composite read runs; flows into the awaited reads of its parts (AsyncLocal), nowhere else.
    private static readonly AsyncLocal<bool> Folding = new();

    /// <summary>
    /// While a read made of other services' reads runs (the printed review, ADR 0389), its parts' successful View and
    /// List rows are folded into the one row it writes itself, so one read is one row (R15). A refusal is still recorded.
    /// </summary>
    public static IDisposable FoldReads()
    {
        Folding.Value = true;
        return new Unfold();
    }

    /// <param name="reviewId">The review the record belongs to; inferred when the record is the review itself.</param>
    /// <param name="changes">Values before and after (JSON from <see cref="ChangedFields"/>); never passwords or document contents.</param>
    public static void Record(this AppDbContext db, TimeProvider time, CurrentUser user, string action,
        string entityType, string entityId, AuditOutcome outcome = AuditOutcome.Succeeded, string? detail = null,
        Guid? reviewId = null, string? changes = null)
    {
        if (Folding.Value && outcome == AuditOutcome.Succeeded && action is AuditActions.View or AuditActions.List)
        {
            return;
        }

        if (reviewId is null && entityType == ReviewEntity && Guid.TryParse(entityId, out var id))
        {
            reviewId = id;
        }

        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            UserId = user.UserId,
            Roles = user.RoleList,
            PartnershipId = user.PartnershipId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            ReviewId = reviewId,
            Outcome = outcome,
            Detail = detail is { Length: > AuditLimits.Detail } ? detail[..AuditLimits.Detail] : detail,
            ChangeSet = changes is null ? null : new AuditChange { Values = changes },
            IpAddress = user.Origin?.IpAddress,
            UserAgent = user.Origin?.UserAgent,
            CircuitId = user.Origin?.CircuitId,
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
        string? detail = null, CancellationToken ct = default, Guid? reviewId = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Record(time, user, action, entityType, entityId, outcome, detail, reviewId);
        await db.SaveChangesAsync(ct);
    }

    private sealed class Unfold : IDisposable
    {
        public void Dispose() => Folding.Value = false;
    }
}
