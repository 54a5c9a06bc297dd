using DhrTracker.Core.Reviews;

namespace DhrTracker.UnitTests.Reviews;

/// <summary>Issue 13's moves and facts: a reopened decision, the Secretary of State's direction, local sign-off, copies, non-publication.</summary>
public sealed class StatutoryMovesTests
{
    private static Review NotProceeding() => new()
    {
        Reference = "Northbridge DHR3",
        DateOfDeath = new DateOnly(2026, 1, 5),
        DateNotified = new DateOnly(2026, 1, 12),
        Stage = ReviewStage.NotProceeding,
        Decision = ReviewDecision.NotHold,
        DecisionDate = new DateOnly(2026, 2, 3),
        DecisionRationale = "No contact with agencies before the death.",
        HomeOfficeNotifiedDate = new DateOnly(2026, 2, 5),
    };

    private static StageMoveInput Reconsider(DateOnly on) => new()
    {
        Move = ReviewMove.ReconsiderDecision,
        ReconsideredOn = on,
        ReconsiderationReason = "  The inquest found a history of coercive control.  ",
    };

    [Fact]
    public void Reconsidering_returns_the_review_to_the_decision_step_with_the_decision_cleared()
    {
        var review = NotProceeding();

        Assert.Empty(ReviewStageMachine.Check(review, Reconsider(new DateOnly(2026, 6, 1))));
        ReviewStageMachine.Apply(review, Reconsider(new DateOnly(2026, 6, 1)));

        Assert.Equal(ReviewStage.Scoping, review.Stage);
        Assert.Equal(ReviewDecision.Pending, review.Decision);
        Assert.Null(review.DecisionDate);
        Assert.Null(review.DecisionRationale);
        Assert.Null(review.HomeOfficeNotifiedDate);
        Assert.Equal(new DateOnly(2026, 6, 1), review.ReconsideredOn);
        Assert.Equal("The inquest found a history of coercive control.", review.ReconsiderationReason);
        Assert.Equal(NotificationSource.Agency, review.NotificationSource);
    }

    [Fact]
    public void Reconsidering_before_the_decision_it_reopens_is_refused()
    {
        var error = Assert.Single(ReviewStageMachine.Check(NotProceeding(), Reconsider(new DateOnly(2026, 2, 2))));
        Assert.Equal(nameof(StageMoveInput.ReconsideredOn), error.Field);
        Assert.Equal("The date the decision was reopened must be on or after the decision not to hold (3 Feb 2026).", error.Message);
    }

    [Fact]
    public void Reconsidering_on_the_day_of_the_decision_is_allowed() =>
        Assert.Empty(ReviewStageMachine.Check(NotProceeding(), Reconsider(new DateOnly(2026, 2, 3))));

    [Fact]
    public void Reconsidering_without_a_reason_is_refused_naming_the_reason()
    {
        var input = Reconsider(new DateOnly(2026, 6, 1));
        input.ReconsiderationReason = " ";
        Assert.Equal(nameof(StageMoveInput.ReconsiderationReason), Assert.Single(ReviewStageMachine.Check(NotProceeding(), input)).Field);
    }

    [Fact]
    public void A_direction_by_the_Secretary_of_State_recorded_on_reconsidering_makes_the_review_one_that_must_be_held()
    {
        var review = NotProceeding();
        var input = Reconsider(new DateOnly(2026, 6, 1));
        input.DirectedBySecretaryOfState = true;
        ReviewStageMachine.Apply(review, input);

        var notHold = new StageMoveInput
        {
            Move = ReviewMove.RecordDecision,
            Decision = ReviewDecision.NotHold,
            DecisionDate = new DateOnly(2026, 6, 10),
            DecisionRationale = "Still no agency contact.",
            HomeOfficeNotifiedDate = new DateOnly(2026, 6, 10),
        };
        var error = Assert.Single(ReviewStageMachine.Check(review, notHold));

        Assert.Equal(NotificationSource.SecretaryOfStateDirection, review.NotificationSource);
        Assert.Equal(nameof(StageMoveInput.Decision), error.Field);
        Assert.Equal("The Secretary of State directed this review (DVCVA 2004 s.9(2)): it must be held.", error.Message);
    }

    [Fact]
    public void Reconsidering_twice_keeps_only_the_latest_date_and_reason()
    {
        var review = NotProceeding();
        review.ReconsideredOn = new DateOnly(2026, 3, 1);
        review.ReconsiderationReason = "Home Office challenge.";
        ReviewStageMachine.Apply(review, Reconsider(new DateOnly(2026, 6, 1)));
        Assert.Equal(new DateOnly(2026, 6, 1), review.ReconsideredOn);
    }

    [Fact]
    public void The_timeline_note_keeps_the_earlier_decision()
    {
        var note = ReconsiderationNote.For(NotProceeding(), Reconsider(new DateOnly(2026, 6, 1)));
        Assert.Equal("Reason for reconsidering: The inquest found a history of coercive control.. Earlier decision: do not hold a review (3 Feb 2026; "
            + "Home Office told 5 Feb 2026). Rationale then: No contact with agencies before the death.", note);
    }

    [Fact]
    public void Submitting_for_QA_records_local_sign_off_and_any_copies_sent()
    {
        var review = new Review { Stage = ReviewStage.LocalSignOff, Decision = ReviewDecision.Hold };
        var input = new StageMoveInput
        {
            Move = ReviewMove.SubmitToHomeOffice,
            QaSubmissionDate = new DateOnly(2026, 9, 10),
            LocalSignOffDate = new DateOnly(2026, 9, 1),
            LocalSignOffBody = " Northbridge CSP board ",
            LocalSignOffApprover = " Board chair ",
            CommissionerCopyDate = new DateOnly(2026, 9, 2),
        };

        Assert.Empty(ReviewStageMachine.Check(review, input));
        ReviewStageMachine.Apply(review, input);

        Assert.Equal((new DateOnly(2026, 9, 1), "Northbridge CSP board", "Board chair"), (review.LocalSignOffDate, review.LocalSignOffBody, review.LocalSignOffApprover));
        Assert.Equal(new DateOnly(2026, 9, 2), review.CommissionerCopyDate);
    }

    [Theory]
    [InlineData(ReviewRegime.Dhr, false)]
    [InlineData(ReviewRegime.Dardr, true)]
    public void Closing_a_DARDR_needs_the_Secretary_of_State_copy_too(ReviewRegime regime, bool refused)
    {
        var review = new Review { Stage = ReviewStage.ActionPlanMonitoring, Decision = ReviewDecision.Hold };
        var input = new StageMoveInput { Move = ReviewMove.Close, Regime = regime, ClosedDate = new DateOnly(2026, 12, 1), CommissionerCopyDate = new DateOnly(2026, 9, 2) };

        var errors = ReviewStageMachine.Check(review, input);

        Assert.Equal(refused, errors.Any(e => e.Field == nameof(StageMoveInput.SecretaryOfStateCopyDate)));
        Assert.Equal(refused ? 1 : 0, errors.Count);
    }

    [Fact]
    public void Agreeing_not_to_publish_ends_the_publication_step()
    {
        var review = new Review { Stage = ReviewStage.AwaitingPublication, Decision = ReviewDecision.Hold };
        var input = new StageMoveInput
        {
            Move = ReviewMove.AgreeNonPublication,
            NonPublicationAgreedOn = new DateOnly(2026, 10, 1),
            NonPublicationReason = " The children could be identified. ",
        };

        Assert.Empty(ReviewStageMachine.Check(review, input));
        ReviewStageMachine.Apply(review, input);

        Assert.Equal(ReviewStage.ActionPlanMonitoring, review.Stage);
        Assert.Equal("The children could be identified.", review.NonPublicationReason);
        Assert.Null(review.PublicationDate);
    }

    [Theory]
    [InlineData("www.example.gov.uk/report")]
    [InlineData("ftp://example.gov.uk/report.pdf")]
    [InlineData("/reports/dhr3")]
    public void A_published_address_must_be_a_full_web_address(string url)
    {
        var input = Publish();
        input.PublishedUrl = url;
        var error = Assert.Single(ReviewStageMachine.Check(new Review { Stage = ReviewStage.AwaitingPublication }, input));
        Assert.Equal(nameof(StageMoveInput.PublishedUrl), error.Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://www.example.gov.uk/dhr3")]
    [InlineData("http://example.gov.uk/dhr3.pdf")]
    public void A_published_address_is_optional_and_may_be_http_or_https(string? url)
    {
        var review = new Review { Stage = ReviewStage.AwaitingPublication };
        var input = Publish();
        input.PublishedUrl = url;

        Assert.Empty(ReviewStageMachine.Check(review, input));
        ReviewStageMachine.Apply(review, input);

        Assert.Equal(url, review.PublishedUrl);
        Assert.True(review.PublishedQaLetter);
        Assert.Equal(new DateOnly(2026, 10, 20), review.FamilyToldOfPublicationOn);
    }

    [Fact]
    public void An_edit_cannot_clear_the_local_sign_off_body_once_the_report_is_at_QA()
    {
        var record = Record();
        record.LocalSignOffBody = "";
        var error = Assert.Single(ReviewStageMachine.MissingFactsForStage(ReviewStage.HomeOfficeQa, record));
        Assert.Equal(nameof(ReviewRecordInput.LocalSignOffBody), error.Field);
    }

    [Fact]
    public void A_review_agreed_not_to_be_published_needs_no_publication_facts()
    {
        var record = Record();
        record.PublicationDate = null;
        record.PublicationType = null;
        record.FamilyToldOfPublicationOn = null;
        record.NonPublicationAgreedOn = new DateOnly(2026, 10, 1);
        record.NonPublicationReason = "The children could be identified.";
        Assert.Empty(ReviewStageMachine.MissingFactsForStage(ReviewStage.ActionPlanMonitoring, record));

        record.NonPublicationReason = null;
        Assert.Equal(nameof(ReviewRecordInput.NonPublicationReason),
            Assert.Single(ReviewStageMachine.MissingFactsForStage(ReviewStage.ActionPlanMonitoring, record)).Field);
    }

    [Fact]
    public void A_closed_DARDR_keeps_its_Secretary_of_State_copy_date()
    {
        var record = Record();
        record.Regime = ReviewRegime.Dardr;
        record.ClosedDate = new DateOnly(2026, 12, 1);
        Assert.Equal(nameof(ReviewRecordInput.SecretaryOfStateCopyDate),
            Assert.Single(ReviewStageMachine.MissingFactsForStage(ReviewStage.Closed, record)).Field);
    }

    private static StageMoveInput Publish() => new()
    {
        Move = ReviewMove.Publish,
        PublicationDate = new DateOnly(2026, 11, 1),
        PublicationType = PublicationType.Full,
        PublishedQaLetter = true,
        FamilyToldOfPublicationOn = new DateOnly(2026, 10, 20),
    };

    private static ReviewRecordInput Record() => new()
    {
        Reference = "Northbridge DHR3",
        DateOfDeath = new DateOnly(2026, 1, 5),
        DateNotified = new DateOnly(2026, 1, 12),
        Decision = ReviewDecision.Hold,
        DecisionDate = new DateOnly(2026, 2, 3),
        DecisionRationale = "Criteria met.",
        HomeOfficeNotifiedDate = new DateOnly(2026, 2, 5),
        TermsOfReferenceDate = new DateOnly(2026, 3, 1),
        LocalSignOffDate = new DateOnly(2026, 8, 1),
        LocalSignOffBody = "Northbridge CSP board",
        LocalSignOffApprover = "Board chair",
        QaSubmissionDate = new DateOnly(2026, 8, 10),
        QaOutcome = QaOutcome.Publish,
        QaOutcomeDate = new DateOnly(2026, 9, 20),
        PublicationDate = new DateOnly(2026, 11, 1),
        PublicationType = PublicationType.Full,
        FamilyToldOfPublicationOn = new DateOnly(2026, 10, 20),
        CommissionerCopyDate = new DateOnly(2026, 8, 2),
    };
}
