namespace DhrTracker.Core.Reviews;

public enum ReviewEventKind
{
    Created,
    Moved,
    Paused,
    Resumed,

    /// <summary>An agreed revised timetable was recorded (target date, reason, date agreed).</summary>
    TimetableRevised,
}
