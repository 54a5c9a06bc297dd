namespace DhrTracker.Core.Agencies;

/// <summary>The requested, due and received dates of one kind of submission on a <see cref="ReviewAgency"/>, by kind.</summary>
internal static class SubmissionFields
{
    public static Submission Of(ReviewAgency a, SubmissionKind kind) => Submission.Of(a).Single(s => s.Kind == kind);

    public static void SetRequest(ReviewAgency a, SubmissionKind kind, DateOnly requested, DateOnly due)
    {
        switch (kind)
        {
            case SubmissionKind.ScopingReturn: (a.ScopingRequested, a.ScopingDue) = (requested, due); break;
            case SubmissionKind.Imr: (a.ImrRequested, a.ImrDue) = (requested, due); break;
            case SubmissionKind.Chronology: (a.ChronologyRequested, a.ChronologyDue) = (requested, due); break;
            default: (a.SummaryRequested, a.SummaryDue) = (requested, due); break;
        }
    }

    public static void SetReceived(ReviewAgency a, SubmissionKind kind, DateOnly received)
    {
        switch (kind)
        {
            case SubmissionKind.ScopingReturn: a.ScopingReceived = received; break;
            case SubmissionKind.Imr: a.ImrReceived = received; break;
            case SubmissionKind.Chronology: a.ChronologyReceived = received; break;
            default: a.SummaryReceived = received; break;
        }
    }
}
