using DhrTracker.Core.Data;

namespace DhrTracker.Core.Reminders;

/// <summary>Takes and gives back a job's lease row. Losing a race (duplicate key, stale version) means "someone else has it".</summary>
public sealed class JobLeases(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>
    /// Takes the lease for <paramref name="length"/> unless another holder's lease is still running or
    /// <paramref name="periodKey"/> is already done. Returns false when this instance must not run.
    /// </summary>
    public async Task<bool> TryAcquireAsync(string job, string holder, string periodKey, TimeSpan length, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var lease = await db.JobLeases.SingleOrDefaultAsync(l => l.Name == job, ct);
        if (lease is null)
        {
            lease = new JobLease { Name = job };
            db.JobLeases.Add(lease);
        }
        else if (lease.LastRunKey == periodKey || (lease.LeaseUntilUtc > now && lease.Holder != holder))
        {
            return false;
        }

        lease.Holder = holder;
        lease.LeaseUntilUtc = now + length;
        lease.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <summary>Marks the period done and frees the lease. Only the holder may.</summary>
    public async Task CompleteAsync(string job, string holder, string periodKey, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var lease = await db.JobLeases.SingleAsync(l => l.Name == job && l.Holder == holder, ct);
        lease.LastRunKey = periodKey;
        lease.LeaseUntilUtc = time.GetUtcNow().UtcDateTime;
        lease.Holder = null;
        lease.Version = Guid.NewGuid();
        await db.SaveChangesAsync(ct);
    }
}
