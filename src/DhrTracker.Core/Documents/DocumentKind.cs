namespace DhrTracker.Core.Documents;

public enum DocumentKind
{
    TermsOfReference,
    Imr,
    Chronology,
    DraftOverviewReport,
    ExecutiveSummary,
    ActionPlan,
    QaLetter,

    /// <summary>A letter written from the partnership's templates (ADR 0392).</summary>
    Letter,
    Other,
}
