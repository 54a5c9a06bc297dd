namespace DhrTracker.Core.Actions;

/// <summary>
/// What the owner reports. "Overdue" is not here on purpose: it is derived from the target date
/// (<see cref="ActionRules.IsOverdue"/>), so nobody can type it away.
/// </summary>
public enum ActionStatus
{
    NotStarted,
    OnTrack,
    OffTrack,
    Complete,
    Cancelled,
}
