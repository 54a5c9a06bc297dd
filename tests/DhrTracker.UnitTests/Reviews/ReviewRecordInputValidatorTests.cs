using DhrTracker.Core.Reviews;
using Microsoft.Extensions.Time.Testing;

namespace DhrTracker.UnitTests.Reviews;

public sealed class ReviewRecordInputValidatorTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
    private readonly ReviewRecordInputValidator validator = new(Time);

    private static ReviewRecordInput Valid() => new()
    {
        Reference = "Northbridge DHR7",
        DateOfDeath = new DateOnly(2025, 1, 10),
        DateNotified = new DateOnly(2025, 1, 20),
        Decision = ReviewDecision.Hold,
        DecisionDate = new DateOnly(2025, 2, 10),
        DecisionRationale = "Criteria met.",
        HomeOfficeNotifiedDate = new DateOnly(2025, 2, 11),
        TermsOfReferenceDate = new DateOnly(2025, 3, 1),
        ScopeStart = new DateOnly(2020, 1, 1),
        ScopeEnd = new DateOnly(2025, 1, 10),
        QaSubmissionDate = new DateOnly(2025, 9, 1),
        QaOutcome = QaOutcome.Publish,
        QaOutcomeDate = new DateOnly(2025, 11, 1),
        PublicationDate = new DateOnly(2025, 12, 1),
        CommissionerCopyDate = new DateOnly(2025, 12, 1),
        ClosedDate = new DateOnly(2026, 6, 1),
    };

    [Fact]
    public void A_complete_record_in_order_is_valid() => Assert.True(validator.Validate(Valid()).IsValid);

    [Fact]
    public void Date_of_death_in_the_future_is_refused()
    {
        var input = Valid();
        input.DateOfDeath = new DateOnly(2026, 11, 27);
        Assert.Contains(validator.Validate(input).Errors,
            e => e.PropertyName == nameof(ReviewRecordInput.DateOfDeath) && e.ErrorMessage == "Date of death must be today or in the past.");
    }

    public static readonly TheoryData<string, string, string> OutOfOrder = new()
    {
        { nameof(ReviewRecordInput.DateNotified), "2025-01-09", "Date notified must be on or after the date of death (10 Jan 2025)." },
        { nameof(ReviewRecordInput.DecisionDate), "2025-01-19", "Decision date must be on or after the date notified (20 Jan 2025)." },
        { nameof(ReviewRecordInput.HomeOfficeNotifiedDate), "2025-02-09", "Home Office notified date must be on or after the decision date (10 Feb 2025)." },
        { nameof(ReviewRecordInput.QaSubmissionDate), "2025-02-28", "QA submission date must be on or after the terms of reference date (1 Mar 2025)." },
        { nameof(ReviewRecordInput.QaOutcomeDate), "2025-08-31", "QA outcome date must be on or after the QA submission date (1 Sept 2025)." },
        { nameof(ReviewRecordInput.PublicationDate), "2025-10-31", "Publication date must be on or after the QA outcome date (1 Nov 2025)." },
        { nameof(ReviewRecordInput.ClosedDate), "2025-11-30", "Closure date must be on or after the publication date (1 Dec 2025)." },
    };

    [Theory]
    [MemberData(nameof(OutOfOrder))]
    public void Dates_out_of_statutory_order_are_refused_naming_the_earlier_date(string field, string date, string message)
    {
        var input = Valid();
        typeof(ReviewRecordInput).GetProperty(field)!.SetValue(input, DateOnly.Parse(date));

        var error = Assert.Single(validator.Validate(input).Errors, e => e.PropertyName == field);

        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public void Without_a_terms_of_reference_date_submission_is_compared_with_the_decision()
    {
        var input = Valid();
        input.TermsOfReferenceDate = null;
        input.QaSubmissionDate = new DateOnly(2025, 2, 9);
        Assert.Contains(validator.Validate(input).Errors,
            e => e.ErrorMessage == "QA submission date must be on or after the decision date (10 Feb 2025).");
    }

    [Fact]
    public void Future_milestone_dates_are_refused()
    {
        var input = Valid();
        input.ClosedDate = new DateOnly(2026, 11, 27);
        Assert.Contains(validator.Validate(input).Errors, e => e.ErrorMessage == "Closure date must be today or in the past.");
    }

    [Fact]
    public void A_decision_needs_a_rationale_and_a_date()
    {
        var input = Valid();
        input.DecisionRationale = " ";
        input.DecisionDate = null;
        var errors = validator.Validate(input).Errors;
        Assert.Contains(errors, e => e.PropertyName == nameof(ReviewRecordInput.DecisionRationale) && e.ErrorMessage == "Enter the rationale for the decision.");
        Assert.Contains(errors, e => e.PropertyName == nameof(ReviewRecordInput.DecisionDate) && e.ErrorMessage == "Enter the date of the decision.");
    }

    [Fact]
    public void A_pending_decision_needs_no_rationale()
    {
        var input = new ReviewRecordInput
        {
            Reference = "Northbridge DHR8",
            DateOfDeath = new DateOnly(2026, 10, 1),
            DateNotified = new DateOnly(2026, 10, 3),
            Decision = ReviewDecision.Pending,
        };
        Assert.True(validator.Validate(input).IsValid);
    }

    [Fact]
    public void Not_holding_a_review_needs_the_Home_Office_told()
    {
        var input = Valid();
        input.Decision = ReviewDecision.NotHold;
        input.HomeOfficeNotifiedDate = null;
        Assert.Contains(validator.Validate(input).Errors, e => e.PropertyName == nameof(ReviewRecordInput.HomeOfficeNotifiedDate));
    }

    [Fact]
    public void Scope_period_must_not_end_before_it_starts()
    {
        var input = Valid();
        input.ScopeEnd = new DateOnly(2019, 12, 31);
        Assert.Contains(validator.Validate(input).Errors, e => e.ErrorMessage == "Scope period end must be on or after its start.");
    }

    [Fact]
    public void Overlong_text_is_refused()
    {
        var input = Valid();
        input.NotifyingAgency = new string('c', ReviewLimits.Name + 1);
        Assert.Contains(validator.Validate(input).Errors, e => e.PropertyName == nameof(ReviewRecordInput.NotifyingAgency));
    }
}
