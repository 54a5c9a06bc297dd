namespace DhrTracker.Core.Reviews;

/// <summary>
/// The editable facts of a review, as the Summary form binds them. Decision and QA outcome are shown
/// here but change only through moves (<see cref="ReviewStageMachine"/>), so the stage never
/// disagrees with them. <see cref="Version"/> is the review as the user loaded it.
/// </summary>
public sealed class ReviewRecordInput
{
    public Guid Version { get; set; }
    public string Reference { get; set; } = "";
    public DateOnly? DateOfDeath { get; set; }
    public DateOnly? DateNotified { get; set; }
    public string? NotifyingAgency { get; set; }
    public NotificationSource NotificationSource { get; set; }

    /// <summary>Derived from the date of death (<see cref="ReviewRegimes"/>); shown, never edited, and reset by the service before it judges an edit.</summary>
    public ReviewRegime Regime { get; set; }

    public ReviewDecision Decision { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? DecisionRationale { get; set; }
    public DateOnly? HomeOfficeNotifiedDate { get; set; }
    public string? HomeOfficeReference { get; set; }
    public DateOnly? ReconsideredOn { get; set; }
    public string? ReconsiderationReason { get; set; }

    public DateOnly? TermsOfReferenceDate { get; set; }
    public DateOnly? ScopeStart { get; set; }
    public DateOnly? ScopeEnd { get; set; }

    public DateOnly? LocalSignOffDate { get; set; }
    public string? LocalSignOffBody { get; set; }
    public string? LocalSignOffApprover { get; set; }

    public DateOnly? QaSubmissionDate { get; set; }
    public QaOutcome? QaOutcome { get; set; }
    public DateOnly? QaOutcomeDate { get; set; }
    public DateOnly? PublicationDate { get; set; }
    public PublicationType? PublicationType { get; set; }
    public string? PublishedUrl { get; set; }
    public bool PublishedQaLetter { get; set; }
    public DateOnly? FamilyToldOfPublicationOn { get; set; }
    public DateOnly? NonPublicationAgreedOn { get; set; }
    public string? NonPublicationReason { get; set; }
    public DateOnly? CommissionerCopyDate { get; set; }
    public DateOnly? SecretaryOfStateCopyDate { get; set; }
    public DateOnly? ClosedDate { get; set; }

    public static ReviewRecordInput From(Review r) => new()
    {
        Version = r.Version,
        Reference = r.Reference,
        DateOfDeath = r.DateOfDeath,
        DateNotified = r.DateNotified,
        NotifyingAgency = r.NotifyingAgency,
        NotificationSource = r.NotificationSource,
        Regime = r.Partnership is null ? ReviewRegime.Dhr : ReviewRegimes.For(r),
        Decision = r.Decision,
        DecisionDate = r.DecisionDate,
        DecisionRationale = r.DecisionRationale,
        HomeOfficeNotifiedDate = r.HomeOfficeNotifiedDate,
        HomeOfficeReference = r.HomeOfficeReference,
        ReconsideredOn = r.ReconsideredOn,
        ReconsiderationReason = r.ReconsiderationReason,
        TermsOfReferenceDate = r.TermsOfReferenceDate,
        ScopeStart = r.ScopeStart,
        ScopeEnd = r.ScopeEnd,
        LocalSignOffDate = r.LocalSignOffDate,
        LocalSignOffBody = r.LocalSignOffBody,
        LocalSignOffApprover = r.LocalSignOffApprover,
        QaSubmissionDate = r.QaSubmissionDate,
        QaOutcome = r.QaOutcome,
        QaOutcomeDate = r.QaOutcomeDate,
        PublicationDate = r.PublicationDate,
        PublicationType = r.PublicationType,
        PublishedUrl = r.PublishedUrl,
        PublishedQaLetter = r.PublishedQaLetter,
        FamilyToldOfPublicationOn = r.FamilyToldOfPublicationOn,
        NonPublicationAgreedOn = r.NonPublicationAgreedOn,
        NonPublicationReason = r.NonPublicationReason,
        CommissionerCopyDate = r.CommissionerCopyDate,
        SecretaryOfStateCopyDate = r.SecretaryOfStateCopyDate,
        ClosedDate = r.ClosedDate,
    };

    /// <summary>A separate copy for a form, so cancelling an edit leaves the page's record untouched.</summary>
    public ReviewRecordInput Copy() => (ReviewRecordInput)MemberwiseClone();

    /// <summary>Copies the editable facts (not decision or QA outcome, which only moves change) onto the review.</summary>
    public void ApplyTo(Review r)
    {
        r.Reference = Reference.Trim();
        r.DateOfDeath = DateOfDeath!.Value;
        r.DateNotified = DateNotified!.Value;
        r.NotifyingAgency = Clean(NotifyingAgency);
        r.NotificationSource = NotificationSource;
        r.DecisionDate = DecisionDate;
        r.DecisionRationale = Clean(DecisionRationale);
        r.HomeOfficeNotifiedDate = HomeOfficeNotifiedDate;
        r.HomeOfficeReference = Clean(HomeOfficeReference);
        r.ReconsideredOn = ReconsideredOn;
        r.ReconsiderationReason = Clean(ReconsiderationReason);
        r.TermsOfReferenceDate = TermsOfReferenceDate;
        r.ScopeStart = ScopeStart;
        r.ScopeEnd = ScopeEnd;
        r.LocalSignOffDate = LocalSignOffDate;
        r.LocalSignOffBody = Clean(LocalSignOffBody);
        r.LocalSignOffApprover = Clean(LocalSignOffApprover);
        r.QaSubmissionDate = QaSubmissionDate;
        r.QaOutcomeDate = QaOutcomeDate;
        r.PublicationDate = PublicationDate;
        r.PublicationType = PublicationType;
        r.PublishedUrl = Clean(PublishedUrl);
        r.PublishedQaLetter = PublishedQaLetter;
        r.FamilyToldOfPublicationOn = FamilyToldOfPublicationOn;
        r.NonPublicationAgreedOn = NonPublicationAgreedOn;
        r.NonPublicationReason = Clean(NonPublicationReason);
        r.CommissionerCopyDate = CommissionerCopyDate;
        r.SecretaryOfStateCopyDate = SecretaryOfStateCopyDate;
        r.ClosedDate = ClosedDate;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
