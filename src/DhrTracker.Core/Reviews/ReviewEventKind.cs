namespace DhrTracker.Core.Reviews;

public enum ReviewEventKind
{
    Created,
    Moved,
    Paused,
    Resumed,

    /// <summary>An agreed revised timetable was recorded (target date, reason, date agreed).</summary>
    TimetableRevised,

    /// <summary>An agency asked for, chased for, or sending a submission (issue 13 item 12); the note says which.</summary>
    AgencyRequest,

    /// <summary>A panel meeting scheduled, changed, cancelled or its attendance recorded (issue 13 item 13).</summary>
    PanelMeeting,

    // An area for final development from the QA letter (ADR 0370): added, changed, marked done, reopened.
    QaAreaAdded,
    QaAreaChanged,
    QaAreaDone,
    QaAreaReopened,

    // A record of the review added, changed or removed (ADR 0386); the note says what, never its content.
    People,
    Agencies,
    Panel,
    Documents,
    Findings,
    Plan,

    // The victim's family and network, and each entry of their involvement log (ADR 0391).
    Family,
}
