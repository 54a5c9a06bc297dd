namespace DhrTracker.Core.Reviews;

/// <summary>Red overdue, amber due soon, green on time; None when no statutory clock is running.</summary>
public enum Rag
{
    None,
    Green,
    Amber,
    Red,
}
