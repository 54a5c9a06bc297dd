namespace DhrTracker.Tests.Shared;

/// <summary>
/// Real time plus an offset the test moves forward: the app keeps running normally (timers, Kestrel,
/// the browser) while a test jumps past a revalidation interval, an idle limit or a TOTP time step.
/// Registered as the host's <see cref="TimeProvider"/>, so cookies, sessions and codes all see it.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
