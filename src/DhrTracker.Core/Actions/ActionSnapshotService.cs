using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Actions;

/// <summary>
/// The plan as it stood on a chosen date, for board papers, rebuilt from <see cref="ActionHistoryEntry"/>
/// rows (ADR 0251). Status, RAG, target date and sign-off are as they were then; the wording of an
/// action is today's (wording changes are in the audit trail, not the history).
/// </summary>
public sealed class ActionSnapshotService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    /// <summary>Every action the user may see that existed by the end of <paramref name="asAt"/>; one review's when given.</summary>
    public async Task<ActionSnapshot> AsAtAsync(DateOnly asAt, Guid? reviewId = null, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        var cutoff = UkDates.StartOfDayUtc(asAt.AddDays(1));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = db.Actions.AsNoTracking().VisibleActions(db.Reviews, user);
        if (reviewId is { } id)
        {
            visible = visible.Where(a => a.ReviewId == id);
        }

        var history = db.ActionHistory.AsNoTracking().Where(h => h.AtUtc < cutoff && visible.Select(a => a.Id).Contains(h.ActionId));
        var latest = history.GroupBy(h => h.ActionId).Select(g => g.Max(h => h.Id));
        var states = await db.ActionHistory.AsNoTracking().Where(h => latest.Contains(h.Id)).ToDictionaryAsync(h => h.ActionId, ct);
        var ids = states.Keys.ToList();
        var rows = await visible.Where(a => ids.Contains(a.Id)).ToRowsAsync(asAt, ct);
        var then = rows.Select(r =>
        {
            var h = states[r.Id];
            var shape = new ActionItem { Status = h.Status, TargetDate = h.TargetDate, SignedOffUtc = h.SignedOff ? cutoff : null };
            return r with
            {
                Status = h.Status,
                Rag = h.Rag,
                TargetDate = h.TargetDate,
                SignedOff = h.SignedOff,
                IsOverdue = ActionRules.IsOverdue(shape, asAt),
                AwaitingSignOff = ActionRules.AwaitingSignOff(shape),
            };
        }).OrderBy(r => r.ReviewReference).ThenBy(r => r.Number, StringComparer.Ordinal).ToList();

        db.Record(time, user, AuditActions.View, "ActionSnapshot", reviewId?.ToString() ?? "partnership", detail: $"As at {asAt:yyyy-MM-dd}",
            reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        return new ActionSnapshot(asAt, then);
    }
}
