namespace DhrTracker.Core.Reviews;

/// <summary>Plain-English names of the review vocabularies, for screens and messages.</summary>
public static class ReviewEnumNames
{
    public static string Display(this PauseReason reason) => reason switch
    {
        PauseReason.CriminalTrial => "Criminal trial",
        PauseReason.Inquest => "Inquest",
        PauseReason.IopcInvestigation => "IOPC investigation",
        PauseReason.FamilyRequest => "Family request",
        PauseReason.AgencyDelay => "Agency delay",
        _ => "Other",
    };

    public static string Display(this ReviewDecision decision) => decision switch
    {
        ReviewDecision.Hold => "Hold a review",
        ReviewDecision.NotHold => "Do not hold a review",
        _ => "Pending",
    };

    public static string Display(this QaOutcome outcome) => outcome switch
    {
        QaOutcome.Publish => "Publish",
        QaOutcome.PublishAfterAmendments => "Publish after amendments",
        _ => "Resubmit",
    };

    public static string Display(this PublicationType type) => type switch
    {
        PublicationType.Full => "Full report",
        PublicationType.ExecutiveSummary => "Executive summary",
        _ => "Learning only",
    };

    public static string Display(this ProceedingType type) => type switch
    {
        ProceedingType.CriminalTrial => "Criminal trial",
        ProceedingType.Inquest => "Inquest",
        ProceedingType.IopcInvestigation => "IOPC investigation",
        _ => "Other review",
    };

    public static string Display(this ProceedingStatus status) => status switch
    {
        ProceedingStatus.NotStarted => "Not started",
        ProceedingStatus.InProgress => "In progress",
        _ => "Concluded",
    };

    public static string Display(this Rag rag) => rag switch
    {
        Rag.Red => "Overdue",
        Rag.Amber => "Due soon",
        Rag.Green => "On time",
        _ => "No deadline running",
    };

    public static string Display(this ClockKind kind) => kind switch
    {
        ClockKind.Decision => "Decision",
        ClockKind.Report => "Report",
        _ => "None",
    };
}
