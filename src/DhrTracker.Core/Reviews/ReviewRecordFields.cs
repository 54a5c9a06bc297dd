namespace DhrTracker.Core.Reviews;

/// <summary>
/// Every fact of the review record a person edits, by the form's field name and label, with how to read and copy
/// it. <see cref="ReviewRecordMerge"/> walks this list; a fact added to <see cref="ReviewRecordInput"/> without a
/// row here would be silently overwritten in a merge, which ReviewRecordMergeTests guards against.
/// </summary>
public static class ReviewRecordFields
{
    public sealed record Fact(string Name, string Label, Func<ReviewRecordInput, object?> Read, Action<ReviewRecordInput, ReviewRecordInput> Copy);

    public static readonly IReadOnlyList<Fact> All =
    [
        new(nameof(ReviewRecordInput.Reference), "Reference", r => r.Reference, (f, t) => t.Reference = f.Reference),
        new(nameof(ReviewRecordInput.NotifyingAgency), "Notifying agency", r => r.NotifyingAgency, (f, t) => t.NotifyingAgency = f.NotifyingAgency),
        new(nameof(ReviewRecordInput.NotificationSource), "How the death came to the partnership", r => r.NotificationSource, (f, t) => t.NotificationSource = f.NotificationSource),
        new(nameof(ReviewRecordInput.DateOfDeath), "Date of death", r => r.DateOfDeath, (f, t) => t.DateOfDeath = f.DateOfDeath),
        new(nameof(ReviewRecordInput.DateNotified), "Date notified", r => r.DateNotified, (f, t) => t.DateNotified = f.DateNotified),
        new(nameof(ReviewRecordInput.ReconsideredOn), "Decision reopened on", r => r.ReconsideredOn, (f, t) => t.ReconsideredOn = f.ReconsideredOn),
        new(nameof(ReviewRecordInput.ReconsiderationReason), "Why it was reconsidered", r => r.ReconsiderationReason, (f, t) => t.ReconsiderationReason = f.ReconsiderationReason),
        new(nameof(ReviewRecordInput.DecisionDate), "Decision date", r => r.DecisionDate, (f, t) => t.DecisionDate = f.DecisionDate),
        new(nameof(ReviewRecordInput.DecisionRationale), "Rationale for the decision", r => r.DecisionRationale, (f, t) => t.DecisionRationale = f.DecisionRationale),
        new(nameof(ReviewRecordInput.HomeOfficeNotifiedDate), "Date the Home Office was told", r => r.HomeOfficeNotifiedDate, (f, t) => t.HomeOfficeNotifiedDate = f.HomeOfficeNotifiedDate),
        new(nameof(ReviewRecordInput.HomeOfficeReference), "Home Office reference", r => r.HomeOfficeReference, (f, t) => t.HomeOfficeReference = f.HomeOfficeReference),
        new(nameof(ReviewRecordInput.TermsOfReferenceDate), "Terms of reference agreed", r => r.TermsOfReferenceDate, (f, t) => t.TermsOfReferenceDate = f.TermsOfReferenceDate),
        new(nameof(ReviewRecordInput.ScopeStart), "Scope period from", r => r.ScopeStart, (f, t) => t.ScopeStart = f.ScopeStart),
        new(nameof(ReviewRecordInput.ScopeEnd), "Scope period to", r => r.ScopeEnd, (f, t) => t.ScopeEnd = f.ScopeEnd),
        new(nameof(ReviewRecordInput.LocalSignOffDate), "Local sign-off date", r => r.LocalSignOffDate, (f, t) => t.LocalSignOffDate = f.LocalSignOffDate),
        new(nameof(ReviewRecordInput.LocalSignOffBody), "Signed off by (body)", r => r.LocalSignOffBody, (f, t) => t.LocalSignOffBody = f.LocalSignOffBody),
        new(nameof(ReviewRecordInput.LocalSignOffApprover), "Approved by", r => r.LocalSignOffApprover, (f, t) => t.LocalSignOffApprover = f.LocalSignOffApprover),
        new(nameof(ReviewRecordInput.QaSubmissionDate), "Submitted to Home Office QA", r => r.QaSubmissionDate, (f, t) => t.QaSubmissionDate = f.QaSubmissionDate),
        new(nameof(ReviewRecordInput.QaOutcomeDate), "QA outcome date", r => r.QaOutcomeDate, (f, t) => t.QaOutcomeDate = f.QaOutcomeDate),
        new(nameof(ReviewRecordInput.PublicationDate), "Publication date", r => r.PublicationDate, (f, t) => t.PublicationDate = f.PublicationDate),
        new(nameof(ReviewRecordInput.PublicationType), "What was published", r => r.PublicationType, (f, t) => t.PublicationType = f.PublicationType),
        new(nameof(ReviewRecordInput.FamilyToldOfPublicationOn), "Family told of publication", r => r.FamilyToldOfPublicationOn, (f, t) => t.FamilyToldOfPublicationOn = f.FamilyToldOfPublicationOn),
        new(nameof(ReviewRecordInput.PublishedUrl), "Address of the published report", r => r.PublishedUrl, (f, t) => t.PublishedUrl = f.PublishedUrl),
        new(nameof(ReviewRecordInput.PublishedQaLetter), "QA letter published", r => r.PublishedQaLetter, (f, t) => t.PublishedQaLetter = f.PublishedQaLetter),
        new(nameof(ReviewRecordInput.NonPublicationAgreedOn), "Non-publication agreed on", r => r.NonPublicationAgreedOn, (f, t) => t.NonPublicationAgreedOn = f.NonPublicationAgreedOn),
        new(nameof(ReviewRecordInput.NonPublicationReason), "Why it is not published", r => r.NonPublicationReason, (f, t) => t.NonPublicationReason = f.NonPublicationReason),
        new(nameof(ReviewRecordInput.CommissionerCopyDate), "Sent to the DA Commissioner", r => r.CommissionerCopyDate, (f, t) => t.CommissionerCopyDate = f.CommissionerCopyDate),
        new(nameof(ReviewRecordInput.SecretaryOfStateCopyDate), "Sent to the Secretary of State", r => r.SecretaryOfStateCopyDate, (f, t) => t.SecretaryOfStateCopyDate = f.SecretaryOfStateCopyDate),
        new(nameof(ReviewRecordInput.ClosedDate), "Date closed", r => r.ClosedDate, (f, t) => t.ClosedDate = f.ClosedDate),
    ];

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
