namespace DhrTracker.Web.Tests.Infrastructure;

/// <summary>Another web instance over the first one's database and key certificate (scale-out, or a restart).</summary>
public sealed class SecondInstance(AppFactory first) : AppFactory(first.DataDir)
{
    protected override bool OwnsDataDir => false;
}
