using DhrTracker.Core.Audit;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DhrTracker.Core.Data;

/// <summary>The audit trail is append-only: any attempt to change or remove a row fails the whole save.</summary>
public sealed class AppendOnlyAuditInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Guard(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Guard(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Guard(DbContext? db)
    {
        if (db is not null && db.ChangeTracker.Entries<AuditEntry>()
                .Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are append-only: they cannot be changed or deleted.");
        }
    }
}
