namespace DhrTracker.Core.Reviews;

public enum ReviewEventKind
{
    Created,
    Moved,
    Paused,
    Resumed,

    // An area for final development from the QA letter (ADR 0370): added, changed, marked done, reopened.
    QaAreaAdded,
    QaAreaChanged,
    QaAreaDone,
    QaAreaReopened,
}
