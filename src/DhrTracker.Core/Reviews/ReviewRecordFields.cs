namespace DhrTracker.Core.Reviews;

/// <summary>
/// Every fact of the review record a person edits, by the form's field name and label, with how to read and copy
/// it. <see cref="ReviewRecordMerge"/> walks this list; a fact added to <see cref="ReviewRecordInput"/> without a
/// row here would be silently overwritten in a merge, which ReviewRecordMergeTests guards against.
/// </summary>
public static class ReviewRecordFields
{
    public static readonly IReadOnlyList<MergeField<ReviewRecordInput>> All =
    [
        Fact(nameof(ReviewRecordInput.Reference), "Reference", r => r.Reference, (f, t) => t.Reference = f.Reference),
        Fact(nameof(ReviewRecordInput.NotifyingAgency), "Notifying agency", r => r.NotifyingAgency, (f, t) => t.NotifyingAgency = f.NotifyingAgency),
        Fact(nameof(ReviewRecordInput.NotificationSource), "How the death came to the partnership", r => r.NotificationSource, (f, t) => t.NotificationSource = f.NotificationSource),
        Fact(nameof(ReviewRecordInput.DateOfDeath), "Date of death", r => r.DateOfDeath, (f, t) => t.DateOfDeath = f.DateOfDeath),
        Fact(nameof(ReviewRecordInput.DateNotified), "Date notified", r => r.DateNotified, (f, t) => t.DateNotified = f.DateNotified),
        Fact(nameof(ReviewRecordInput.ReconsideredOn), "Decision reopened on", r => r.ReconsideredOn, (f, t) => t.ReconsideredOn = f.ReconsideredOn),
        Fact(nameof(ReviewRecordInput.ReconsiderationReason), "Why it was reconsidered", r => r.ReconsiderationReason, (f, t) => t.ReconsiderationReason = f.ReconsiderationReason),
        Fact(nameof(ReviewRecordInput.DecisionDate), "Decision date", r => r.DecisionDate, (f, t) => t.DecisionDate = f.DecisionDate),
        Fact(nameof(ReviewRecordInput.DecisionRationale), "Rationale for the decision", r => r.DecisionRationale, (f, t) => t.DecisionRationale = f.DecisionRationale),
        Fact(nameof(ReviewRecordInput.HomeOfficeNotifiedDate), "Date the Home Office was told", r => r.HomeOfficeNotifiedDate, (f, t) => t.HomeOfficeNotifiedDate = f.HomeOfficeNotifiedDate),
        Fact(nameof(ReviewRecordInput.HomeOfficeReference), "Home Office reference", r => r.HomeOfficeReference, (f, t) => t.HomeOfficeReference = f.HomeOfficeReference),
        Fact(nameof(ReviewRecordInput.TermsOfReferenceDate), "Terms of reference agreed", r => r.TermsOfReferenceDate, (f, t) => t.TermsOfReferenceDate = f.TermsOfReferenceDate),
        Fact(nameof(ReviewRecordInput.ScopeStart), "Scope period from", r => r.ScopeStart, (f, t) => t.ScopeStart = f.ScopeStart),
        Fact(nameof(ReviewRecordInput.ScopeEnd), "Scope period to", r => r.ScopeEnd, (f, t) => t.ScopeEnd = f.ScopeEnd),
        Fact(nameof(ReviewRecordInput.LocalSignOffDate), "Local sign-off date", r => r.LocalSignOffDate, (f, t) => t.LocalSignOffDate = f.LocalSignOffDate),
        Fact(nameof(ReviewRecordInput.LocalSignOffBody), "Signed off by (body)", r => r.LocalSignOffBody, (f, t) => t.LocalSignOffBody = f.LocalSignOffBody),
        Fact(nameof(ReviewRecordInput.LocalSignOffApprover), "Approved by", r => r.LocalSignOffApprover, (f, t) => t.LocalSignOffApprover = f.LocalSignOffApprover),
        Fact(nameof(ReviewRecordInput.QaSubmissionDate), "Submitted to Home Office QA", r => r.QaSubmissionDate, (f, t) => t.QaSubmissionDate = f.QaSubmissionDate),
        Fact(nameof(ReviewRecordInput.QaOutcomeDate), "QA outcome date", r => r.QaOutcomeDate, (f, t) => t.QaOutcomeDate = f.QaOutcomeDate),
        Fact(nameof(ReviewRecordInput.PublicationDate), "Publication date", r => r.PublicationDate, (f, t) => t.PublicationDate = f.PublicationDate),
        Fact(nameof(ReviewRecordInput.PublicationType), "What was published", r => r.PublicationType, (f, t) => t.PublicationType = f.PublicationType),
        Fact(nameof(ReviewRecordInput.FamilyToldOfPublicationOn), "Family told of publication", r => r.FamilyToldOfPublicationOn, (f, t) => t.FamilyToldOfPublicationOn = f.FamilyToldOfPublicationOn),
        Fact(nameof(ReviewRecordInput.PublishedUrl), "Address of the published report", r => r.PublishedUrl, (f, t) => t.PublishedUrl = f.PublishedUrl),
        Fact(nameof(ReviewRecordInput.PublishedQaLetter), "QA letter published", r => r.PublishedQaLetter, (f, t) => t.PublishedQaLetter = f.PublishedQaLetter),
        Fact(nameof(ReviewRecordInput.NonPublicationAgreedOn), "Non-publication agreed on", r => r.NonPublicationAgreedOn, (f, t) => t.NonPublicationAgreedOn = f.NonPublicationAgreedOn),
        Fact(nameof(ReviewRecordInput.NonPublicationReason), "Why it is not published", r => r.NonPublicationReason, (f, t) => t.NonPublicationReason = f.NonPublicationReason),
        Fact(nameof(ReviewRecordInput.CommissionerCopyDate), "Sent to the DA Commissioner", r => r.CommissionerCopyDate, (f, t) => t.CommissionerCopyDate = f.CommissionerCopyDate),
        Fact(nameof(ReviewRecordInput.SecretaryOfStateCopyDate), "Sent to the Secretary of State", r => r.SecretaryOfStateCopyDate, (f, t) => t.SecretaryOfStateCopyDate = f.SecretaryOfStateCopyDate),
        Fact(nameof(ReviewRecordInput.ClosedDate), "Date closed", r => r.ClosedDate, (f, t) => t.ClosedDate = f.ClosedDate),
    ];

    private static MergeField<ReviewRecordInput> Fact(string name, string label, Func<ReviewRecordInput, object?> read,
        Action<ReviewRecordInput, ReviewRecordInput> copy) => new(name, label, read, copy, r => Show(read(r)));

    /// <summary>A value as a person reads it: UK dates, the vocabulary's words, "Yes"/"No", and "(blank)" for nothing.</summary>
    public static string Show(object? value) => value switch
    {
        null => "(blank)",
        string s when string.IsNullOrWhiteSpace(s) => "(blank)",
        string s => s,
        DateOnly d => UkDates.Format(d),
        bool b => b ? "Yes" : "No",
        NotificationSource s => s.Display(),
        PublicationType p => p.Display(),
        _ => value.ToString() ?? "",
    };
}
