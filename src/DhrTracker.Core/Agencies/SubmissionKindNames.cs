namespace DhrTracker.Core.Agencies;

public static class SubmissionKindNames
{
    public static string Display(this SubmissionKind kind) => kind switch
    {
        SubmissionKind.ScopingReturn => "Scoping return",
        SubmissionKind.Imr => "IMR",
        SubmissionKind.Chronology => "Chronology",
        _ => "Summary report",
    };
}
