namespace DhrTracker.Core.Letters;

/// <summary>The letters a partnership writes from templates (issue 14 item 3). Stored by name.</summary>
public enum LetterKind
{
    HomeOfficeDecision,
    AgencyScoping,
    ImrRequest,
    FamilyFirstLetter,
    QaSubmissionCover,
}
