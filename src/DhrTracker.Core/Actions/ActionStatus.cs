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

    /// <summary>
    /// Work has begun (ADR 0380): what posting progress moves a Not started action to. Last so the
    /// stored names of the others never shift.
    /// </summary>
    InProgress,
}
