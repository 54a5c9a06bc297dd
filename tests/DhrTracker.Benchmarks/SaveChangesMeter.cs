using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DhrTracker.Benchmarks;

/// <summary>
/// Time and allocation inside EF's SaveChanges (commands, interceptors, change detection), summed over every
/// save since the last <see cref="Reset"/>, so a measurement can say how much of an operation is the write itself.
/// </summary>
internal sealed class SaveChangesMeter : SaveChangesInterceptor
{
    private long startTicks;
    private long startBytes;

    public TimeSpan Elapsed { get; private set; }
    public long Allocated { get; private set; }

    public void Reset() => (Elapsed, Allocated) = (TimeSpan.Zero, 0);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        (startTicks, startBytes) = (Stopwatch.GetTimestamp(), GC.GetTotalAllocatedBytes(precise: true));
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Elapsed += Stopwatch.GetElapsedTime(startTicks);
        Allocated += GC.GetTotalAllocatedBytes(precise: true) - startBytes;
        return ValueTask.FromResult(result);
    }
}
