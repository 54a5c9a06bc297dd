namespace DhrTracker.Core.Reviews;

/// <summary>Which statutory clock is running: the decision to hold, or the report's completion.</summary>
public enum ClockKind
{
    None,
    Decision,
    Report,
}
