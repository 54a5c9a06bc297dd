namespace DhrTracker.Core.Agencies;

public enum SubmissionKind
{
    Imr,
    Chronology,
    SummaryReport,
}
