namespace DhrTracker.Core.Reviews;

public enum ProceedingStatus
{
    NotStarted,
    InProgress,
    Concluded,
}
