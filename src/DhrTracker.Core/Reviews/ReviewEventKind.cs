namespace DhrTracker.Core.Reviews;

public enum ReviewEventKind
{
    Created,
    Moved,
    Paused,
    Resumed,
}
