namespace DhrTracker.Core.Agencies;

/// <summary>One requested submission of an agency, with its overdue state on a given day.</summary>
public sealed record Submission(SubmissionKind Kind, DateOnly? Requested, DateOnly? Due, DateOnly? Received)
{
    /// <summary>Past its due date (UK calendar) and not received.</summary>
    public bool IsOverdueOn(DateOnly today) => Received is null && Due is { } due && due < today;

    public static IReadOnlyList<Submission> Of(ReviewAgency a) =>
    [
        new(SubmissionKind.ScopingReturn, a.ScopingRequested, a.ScopingDue, a.ScopingReceived),
        new(SubmissionKind.Imr, a.ImrRequested, a.ImrDue, a.ImrReceived),
        new(SubmissionKind.Chronology, a.ChronologyRequested, a.ChronologyDue, a.ChronologyReceived),
        new(SubmissionKind.SummaryReport, a.SummaryRequested, a.SummaryDue, a.SummaryReceived),
    ];
}
