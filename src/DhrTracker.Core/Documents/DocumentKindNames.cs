namespace DhrTracker.Core.Documents;

public static class DocumentKindNames
{
    public static string Display(this DocumentKind kind) => kind switch
    {
        DocumentKind.TermsOfReference => "Terms of reference",
        DocumentKind.Imr => "IMR",
        DocumentKind.Chronology => "Chronology",
        DocumentKind.DraftOverviewReport => "Draft overview report",
        DocumentKind.ExecutiveSummary => "Executive summary",
        DocumentKind.ActionPlan => "Action plan",
        DocumentKind.QaLetter => "QA letter",
        DocumentKind.Letter => "Letter",
        _ => "Other",
    };
}
