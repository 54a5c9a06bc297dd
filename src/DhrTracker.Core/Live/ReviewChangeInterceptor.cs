using System.Data.Common;
using System.Runtime.CompilerServices;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DhrTracker.Core.Live;

/// <summary>
/// Every change writes an audit row naming its review; once the save has committed, those rows become
/// <see cref="ReviewChange"/>s on the feed. Reads (views, lists, downloads) and refusals change nothing, so they are not told.
/// Inside an explicit transaction the changes wait for its commit: a page reloading earlier would read around an
/// open write (and on SQLite hold the commit up), and a rollback must tell nobody.
/// </summary>
public sealed class ReviewChangeInterceptor(ReviewChangeFeed feed) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly HashSet<string> Reads = [AuditActions.View, AuditActions.List, AuditActions.Download, ActionAuditActions.Export];

    // The changes seen while saving, kept with their context until it has saved.
    private readonly ConditionalWeakTable<DbContext, List<ReviewChange>> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        TellUnlessInTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        TellUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Tell(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Tell(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        var changes = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)
            .Where(a => a.ReviewId is not null && a.Outcome == AuditOutcome.Succeeded && !Reads.Contains(a.Action))
            .Select(a => new ReviewChange(a.ReviewId!.Value, a.PartnershipId, a.UserId));
        // Several saves in one transaction add up until it commits.
        var list = pending.GetOrCreateValue(db);
        list.AddRange(changes.Where(c => !list.Contains(c)));
    }

    private void TellUnlessInTransaction(DbContext? db)
    {
        if (db?.Database.CurrentTransaction is null)
        {
            Tell(db);
        }
    }

    private void Tell(DbContext? db)
    {
        if (db is not null && pending.TryGetValue(db, out var changes))
        {
            pending.Remove(db);
            if (changes.Count > 0)
            {
                feed.Publish(changes);
            }
        }
    }

    private void Forget(DbContext? db)
    {
        if (db is not null)
        {
            pending.Remove(db);
        }
    }
}
