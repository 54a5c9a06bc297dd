namespace DhrTracker.Core.Agencies;

public enum SubmissionKind
{
    ScopingReturn,
    Imr,
    Chronology,
    SummaryReport,
}
