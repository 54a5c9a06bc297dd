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
    Other,
}
