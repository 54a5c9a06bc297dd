namespace DhrTracker.Core.Letters;

public static class LetterKindNames
{
    public static string Display(this LetterKind kind) => kind switch
    {
        LetterKind.HomeOfficeDecision => "Home Office notification of the decision",
        LetterKind.AgencyScoping => "Agency scoping letter",
        LetterKind.ImrRequest => "IMR and chronology request",
        LetterKind.FamilyFirstLetter => "Family first letter",
        _ => "QA submission cover letter",
    };

    /// <summary>Letters written once per chosen agency of the review, each to that agency's contact.</summary>
    public static bool IsPerAgency(this LetterKind kind) => kind is LetterKind.AgencyScoping or LetterKind.ImrRequest;

    /// <summary>The part of a file name that says which letter it is, e.g. "IMR-request".</summary>
    public static string FilePart(this LetterKind kind) => kind switch
    {
        LetterKind.HomeOfficeDecision => "Home-Office-decision",
        LetterKind.AgencyScoping => "scoping-letter",
        LetterKind.ImrRequest => "IMR-request",
        LetterKind.FamilyFirstLetter => "family-first-letter",
        _ => "QA-cover-letter",
    };
}
