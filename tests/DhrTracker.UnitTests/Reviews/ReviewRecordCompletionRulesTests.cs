using DhrTracker.Core.Reviews;
using Microsoft.Extensions.Time.Testing;

namespace DhrTracker.UnitTests.Reviews;

public sealed class ReviewRecordCompletionRulesTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
    private readonly ReviewRecordInputValidator validator = new(Time);

    private static ReviewRecordInput Completed() => new()
    {
        Reference = "Northbridge DHR9",
        DateOfDeath = new DateOnly(2025, 1, 10),
        DateNotified = new DateOnly(2025, 1, 20),
        Decision = ReviewDecision.Hold,
        DecisionDate = new DateOnly(2025, 2, 10),
        DecisionRationale = "Criteria met.",
        TermsOfReferenceDate = new DateOnly(2025, 3, 1),
        LocalSignOffDate = new DateOnly(2026, 3, 3),
        LocalSignOffBody = "Northbridge CSP board",
        LocalSignOffApprover = "Board chair",
    };

    private IEnumerable<string> ErrorsOn(ReviewRecordInput input, string field) =>
        validator.Validate(input).Errors.Where(e => e.PropertyName == field).Select(e => e.ErrorMessage);

    [Fact]
    public void A_completed_report_with_its_copies_sent_is_valid()
    {
        var input = Completed();
        input.CommissionerCopyDate = new DateOnly(2026, 3, 3);
        input.SecretaryOfStateCopyDate = new DateOnly(2026, 3, 4);
        Assert.True(validator.Validate(input).IsValid);
    }

    [Fact]
    public void A_Commissioner_copy_dated_before_local_sign_off_is_refused()
    {
        var input = Completed();
        input.CommissionerCopyDate = new DateOnly(2026, 3, 2);
        Assert.Equal(["Date sent to the Domestic Abuse Commissioner cannot be before the report was completed (local sign-off on 3 Mar 2026)."],
            ErrorsOn(input, nameof(ReviewRecordInput.CommissionerCopyDate)));
    }

    [Fact]
    public void A_Commissioner_copy_before_QA_submission_is_allowed_once_signed_off()
    {
        var input = Completed();
        input.CommissionerCopyDate = new DateOnly(2026, 3, 5);
        input.QaSubmissionDate = new DateOnly(2026, 4, 1);
        Assert.Empty(ErrorsOn(input, nameof(ReviewRecordInput.CommissionerCopyDate)));
    }

    [Fact]
    public void A_Secretary_of_State_copy_follows_the_same_rule()
    {
        var input = Completed();
        input.SecretaryOfStateCopyDate = new DateOnly(2026, 1, 1);
        Assert.Equal(["Date sent to the Secretary of State cannot be before the report was completed (local sign-off on 3 Mar 2026)."],
            ErrorsOn(input, nameof(ReviewRecordInput.SecretaryOfStateCopyDate)));
    }

    [Fact]
    public void A_copy_cannot_be_recorded_before_the_report_is_completed()
    {
        var input = Completed();
        input.LocalSignOffDate = null;
        input.LocalSignOffBody = null;
        input.LocalSignOffApprover = null;
        input.CommissionerCopyDate = new DateOnly(2026, 3, 5);
        Assert.Contains("Record the local sign-off first", Assert.Single(ErrorsOn(input, nameof(ReviewRecordInput.CommissionerCopyDate))));
    }

    [Fact]
    public void Local_sign_off_without_an_approving_body_is_refused()
    {
        var input = Completed();
        input.LocalSignOffBody = " ";
        Assert.Equal(["Enter the body that signed the report off, for example the CSP board."], ErrorsOn(input, nameof(ReviewRecordInput.LocalSignOffBody)));
    }

    [Fact]
    public void Local_sign_off_before_the_terms_of_reference_is_refused()
    {
        var input = Completed();
        input.LocalSignOffDate = new DateOnly(2025, 2, 28);
        Assert.Equal(["Local sign-off date must be on or after the terms of reference date (1 Mar 2025)."], ErrorsOn(input, nameof(ReviewRecordInput.LocalSignOffDate)));
    }

    [Fact]
    public void Local_sign_off_in_the_future_is_refused()
    {
        var input = Completed();
        input.LocalSignOffDate = new DateOnly(2026, 11, 27);
        Assert.Contains("Local sign-off date must be today or in the past.", ErrorsOn(input, nameof(ReviewRecordInput.LocalSignOffDate)));
    }

    [Fact]
    public void QA_submission_before_local_sign_off_is_refused()
    {
        var input = Completed();
        input.QaSubmissionDate = new DateOnly(2026, 3, 2);
        Assert.Equal(["QA submission date must be on or after the local sign-off date (3 Mar 2026)."], ErrorsOn(input, nameof(ReviewRecordInput.QaSubmissionDate)));
    }

    [Fact]
    public void The_family_is_told_on_or_before_publication()
    {
        var input = Completed();
        input.PublicationDate = new DateOnly(2026, 6, 1);
        input.FamilyToldOfPublicationOn = new DateOnly(2026, 6, 1);
        Assert.Empty(ErrorsOn(input, nameof(ReviewRecordInput.FamilyToldOfPublicationOn)));

        input.FamilyToldOfPublicationOn = new DateOnly(2026, 6, 2);
        Assert.Equal(["Date the family was told must be on or before the publication date (1 Jun 2026): the family is told before publication."],
            ErrorsOn(input, nameof(ReviewRecordInput.FamilyToldOfPublicationOn)));
    }

    [Fact]
    public void A_report_cannot_be_both_published_and_agreed_not_to_be()
    {
        var input = Completed();
        input.PublicationDate = new DateOnly(2026, 6, 1);
        input.NonPublicationAgreedOn = new DateOnly(2026, 6, 1);
        input.NonPublicationReason = "Identification risk.";
        Assert.Single(ErrorsOn(input, nameof(ReviewRecordInput.NonPublicationAgreedOn)));
    }

    [Fact]
    public void A_decision_made_after_reopening_must_follow_the_reopening()
    {
        var input = Completed();
        input.ReconsideredOn = new DateOnly(2025, 3, 1);
        input.ReconsiderationReason = "Inquest findings.";
        Assert.Equal(["Decision date must be on or after the date the decision was reopened (1 Mar 2025)."], ErrorsOn(input, nameof(ReviewRecordInput.DecisionDate)));
    }

    [Fact]
    public void A_reopened_decision_needs_its_reason()
    {
        var input = Completed();
        input.ReconsideredOn = new DateOnly(2025, 2, 1);
        Assert.Equal(["Say why the decision was reconsidered."], ErrorsOn(input, nameof(ReviewRecordInput.ReconsiderationReason)));
    }

    [Fact]
    public void A_review_directed_by_the_Secretary_of_State_cannot_stand_as_not_held()
    {
        var input = Completed();
        input.Decision = ReviewDecision.NotHold;
        input.HomeOfficeNotifiedDate = new DateOnly(2025, 2, 11);
        input.NotificationSource = NotificationSource.SecretaryOfStateDirection;
        Assert.StartsWith("The Secretary of State directed this review (DVCVA 2004 s.9(2)): it must be held.",
            Assert.Single(ErrorsOn(input, nameof(ReviewRecordInput.NotificationSource))));
    }
}
