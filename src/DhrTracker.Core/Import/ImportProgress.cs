namespace DhrTracker.Core.Import;

/// <summary>How far a preview or import has got, for a progress bar. <see cref="Total"/> is 0 while unknown.</summary>
public sealed record ImportProgress(ImportPhase Phase, int Done, int Total);

public enum ImportPhase
{
    Reading,
    Checking,
    Writing,
}
