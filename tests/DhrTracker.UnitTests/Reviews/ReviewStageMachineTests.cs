using DhrTracker.Core.Reviews;

namespace DhrTracker.UnitTests.Reviews;

public sealed class ReviewStageMachineTests
{
    /// <summary>The lifecycle as written in DHR-PRIMER section 2, stated here independently of the machine's own table.</summary>
    public static readonly TheoryData<ReviewMove, ReviewStage, ReviewDecision?, QaOutcome?, ReviewStage> Allowed = new()
    {
        { ReviewMove.StartScoping, ReviewStage.Notified, null, null, ReviewStage.Scoping },
        { ReviewMove.RecordDecision, ReviewStage.Notified, ReviewDecision.Hold, null, ReviewStage.Commissioning },
        { ReviewMove.RecordDecision, ReviewStage.Scoping, ReviewDecision.Hold, null, ReviewStage.Commissioning },
        { ReviewMove.RecordDecision, ReviewStage.Notified, ReviewDecision.NotHold, null, ReviewStage.NotProceeding },
        { ReviewMove.RecordDecision, ReviewStage.Scoping, ReviewDecision.NotHold, null, ReviewStage.NotProceeding },
        { ReviewMove.AgreeTermsOfReference, ReviewStage.Commissioning, null, null, ReviewStage.InformationGathering },
        { ReviewMove.StartPanelAnalysis, ReviewStage.InformationGathering, null, null, ReviewStage.PanelAnalysis },
        { ReviewMove.StartDrafting, ReviewStage.PanelAnalysis, null, null, ReviewStage.Drafting },
        { ReviewMove.SendForLocalSignOff, ReviewStage.Drafting, null, null, ReviewStage.LocalSignOff },
        { ReviewMove.SubmitToHomeOffice, ReviewStage.LocalSignOff, null, null, ReviewStage.HomeOfficeQa },
        { ReviewMove.RecordQaOutcome, ReviewStage.HomeOfficeQa, null, QaOutcome.Publish, ReviewStage.AwaitingPublication },
        { ReviewMove.RecordQaOutcome, ReviewStage.HomeOfficeQa, null, QaOutcome.PublishAfterAmendments, ReviewStage.AwaitingPublication },
        { ReviewMove.RecordQaOutcome, ReviewStage.HomeOfficeQa, null, QaOutcome.Resubmit, ReviewStage.Drafting },
        { ReviewMove.Publish, ReviewStage.AwaitingPublication, null, null, ReviewStage.ActionPlanMonitoring },
        { ReviewMove.AgreeNonPublication, ReviewStage.AwaitingPublication, null, null, ReviewStage.ActionPlanMonitoring },
        { ReviewMove.ReconsiderDecision, ReviewStage.NotProceeding, null, null, ReviewStage.Scoping },
        { ReviewMove.Close, ReviewStage.ActionPlanMonitoring, null, null, ReviewStage.Closed },
        { ReviewMove.StepBack, ReviewStage.Scoping, null, null, ReviewStage.Notified },
        { ReviewMove.StepBack, ReviewStage.InformationGathering, null, null, ReviewStage.Commissioning },
        { ReviewMove.StepBack, ReviewStage.PanelAnalysis, null, null, ReviewStage.InformationGathering },
        { ReviewMove.StepBack, ReviewStage.Drafting, null, null, ReviewStage.PanelAnalysis },
        { ReviewMove.StepBack, ReviewStage.LocalSignOff, null, null, ReviewStage.Drafting },
        { ReviewMove.StepBack, ReviewStage.HomeOfficeQa, null, null, ReviewStage.LocalSignOff },
        { ReviewMove.StepBack, ReviewStage.AwaitingPublication, null, null, ReviewStage.HomeOfficeQa },
        { ReviewMove.StepBack, ReviewStage.ActionPlanMonitoring, null, null, ReviewStage.AwaitingPublication },
    };

    public static TheoryData<ReviewMove, ReviewStage> Refused()
    {
        var allowed = Allowed.Select(row => (row.Data.Item1, row.Data.Item2)).ToHashSet();
        var data = new TheoryData<ReviewMove, ReviewStage>();
        foreach (var move in Enum.GetValues<ReviewMove>())
        {
            foreach (var stage in Enum.GetValues<ReviewStage>().Where(s => !allowed.Contains((move, s))))
            {
                data.Add(move, stage);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Allowed_move_with_everything_it_needs_reaches_its_stage(ReviewMove move, ReviewStage from, ReviewDecision? decision,
        QaOutcome? outcome, ReviewStage expected)
    {
        var review = ReviewAt(from);
        var input = Complete(move, decision ?? ReviewDecision.Hold, outcome ?? QaOutcome.Publish);

        Assert.Empty(ReviewStageMachine.Check(review, input));
        ReviewStageMachine.Apply(review, input);

        Assert.Equal(expected, review.Stage);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Move_from_a_stage_that_does_not_allow_it_is_refused(ReviewMove move, ReviewStage from)
    {
        var review = ReviewAt(from);

        var error = Assert.Single(ReviewStageMachine.Check(review, Complete(move, ReviewDecision.Hold, QaOutcome.Publish)));

        Assert.Equal(nameof(StageMoveInput.Move), error.Field);
        Assert.Equal(from, review.Stage);
    }

    [Fact]
    public void No_move_is_allowed_from_a_closed_review()
    {
        var error = Assert.Single(ReviewStageMachine.Check(ReviewAt(ReviewStage.Closed), Complete(ReviewMove.StepBack, ReviewDecision.Hold, QaOutcome.Publish)));
        Assert.Equal("This review is closed: no further moves can be made.", error.Message);
        Assert.Empty(ReviewStageMachine.Available(ReviewStage.Closed, paused: false));
    }

    [Fact]
    public void A_review_not_proceeding_offers_only_reconsidering_the_decision()
    {
        var error = Assert.Single(ReviewStageMachine.Check(ReviewAt(ReviewStage.NotProceeding), Complete(ReviewMove.StepBack, ReviewDecision.Hold, QaOutcome.Publish)));
        Assert.Equal("'Step back a stage' cannot be done at stage 'Not proceeding'. From here you can: Reconsider decision.", error.Message);
        Assert.Equal([ReviewMove.ReconsiderDecision], ReviewStageMachine.Available(ReviewStage.NotProceeding, paused: false).Select(t => t.Move));
        Assert.True(ReviewStageMachine.IsEnded(ReviewStage.NotProceeding));
    }

    [Fact]
    public void Wrong_stage_refusal_says_what_can_be_done_instead()
    {
        var error = Assert.Single(ReviewStageMachine.Check(ReviewAt(ReviewStage.Notified), Complete(ReviewMove.Publish, ReviewDecision.Hold, QaOutcome.Publish)));
        Assert.Equal("'Record publication' cannot be done at stage 'Notified'. From here you can: Start scoping, Record decision.", error.Message);
    }

    [Fact]
    public void A_paused_review_cannot_move_and_offers_no_moves()
    {
        var review = ReviewAt(ReviewStage.Drafting);
        review.Pauses.Add(new ReviewPause { StartDate = new DateOnly(2026, 3, 1), Reason = PauseReason.CriminalTrial });

        var error = Assert.Single(ReviewStageMachine.Check(review, Complete(ReviewMove.SendForLocalSignOff, ReviewDecision.Hold, QaOutcome.Publish)));

        Assert.Equal("This review is paused (criminal trial). Resume it before moving it to another stage.", error.Message);
        Assert.Empty(ReviewStageMachine.Available(ReviewStage.Drafting, paused: true));
    }

    [Fact]
    public void A_resumed_review_can_move_again()
    {
        var review = ReviewAt(ReviewStage.Drafting);
        review.Pauses.Add(new ReviewPause { StartDate = new DateOnly(2026, 3, 1), EndDate = new DateOnly(2026, 4, 1), Reason = PauseReason.Inquest });
        Assert.Empty(ReviewStageMachine.Check(review, Complete(ReviewMove.SendForLocalSignOff, ReviewDecision.Hold, QaOutcome.Publish)));
    }

    public static readonly TheoryData<ReviewMove, string, string> Requirements = new()
    {
        { ReviewMove.RecordDecision, nameof(StageMoveInput.Decision), "Choose whether a review will be held." },
        { ReviewMove.RecordDecision, nameof(StageMoveInput.DecisionDate), "Enter the date of the decision." },
        { ReviewMove.RecordDecision, nameof(StageMoveInput.DecisionRationale), "Enter the rationale for the decision." },
        { ReviewMove.AgreeTermsOfReference, nameof(StageMoveInput.TermsOfReferenceDate), "Enter the date the terms of reference were agreed." },
        { ReviewMove.AgreeTermsOfReference, nameof(StageMoveInput.HomeOfficeNotifiedDate), "Enter the date the Home Office was told of the decision to hold the review." },
        { ReviewMove.SubmitToHomeOffice, nameof(StageMoveInput.QaSubmissionDate), "Enter the date the report was submitted to the Home Office QA panel." },
        { ReviewMove.SubmitToHomeOffice, nameof(StageMoveInput.LocalSignOffDate), "Enter the date of local sign-off: a report goes to QA once the partnership has signed it off." },
        { ReviewMove.SubmitToHomeOffice, nameof(StageMoveInput.LocalSignOffBody), "Enter the body that signed the report off, for example the CSP board." },
        { ReviewMove.SubmitToHomeOffice, nameof(StageMoveInput.LocalSignOffApprover), "Enter who approved the report for that body, for example its chair." },
        { ReviewMove.ReconsiderDecision, nameof(StageMoveInput.ReconsideredOn), "Enter the date the decision was reopened." },
        { ReviewMove.ReconsiderDecision, nameof(StageMoveInput.ReconsiderationReason), "Say why the decision is being reconsidered (for example a Home Office challenge, an inquest's findings or a Secretary of State direction)." },
        { ReviewMove.AgreeNonPublication, nameof(StageMoveInput.NonPublicationAgreedOn), "Enter the date it was agreed not to publish the report." },
        { ReviewMove.AgreeNonPublication, nameof(StageMoveInput.NonPublicationReason), "Give the reason the report will not be published." },
        { ReviewMove.Publish, nameof(StageMoveInput.FamilyToldOfPublicationOn), "Enter the date the family was told: the family is told before a report is published." },
        { ReviewMove.RecordQaOutcome, nameof(StageMoveInput.QaOutcome), "Choose the QA panel's outcome." },
        { ReviewMove.RecordQaOutcome, nameof(StageMoveInput.QaOutcomeDate), "Enter the date of the QA outcome." },
        { ReviewMove.Publish, nameof(StageMoveInput.PublicationDate), "Enter the publication date." },
        { ReviewMove.Publish, nameof(StageMoveInput.PublicationType), "Choose what was published." },
        { ReviewMove.Close, nameof(StageMoveInput.ClosedDate), "Enter the date the review closed." },
        { ReviewMove.Close, nameof(StageMoveInput.CommissionerCopyDate), "Enter the date the report was sent to the Domestic Abuse Commissioner: every final report must be sent before the review closes." },
        { ReviewMove.StepBack, nameof(StageMoveInput.Note), "Say why the review is going back a stage." },
    };

    [Theory]
    [MemberData(nameof(Requirements))]
    public void Move_missing_a_requirement_is_refused_naming_the_field(ReviewMove move, string field, string message)
    {
        var from = Allowed.Select(r => (r.Data.Item1, r.Data.Item2)).First(r => r.Item1 == move).Item2;
        var review = ReviewAt(from);
        var input = Complete(move, ReviewDecision.Hold, QaOutcome.Publish);
        typeof(StageMoveInput).GetProperty(field)!.SetValue(input, null);

        var error = Assert.Single(ReviewStageMachine.Check(review, input));

        Assert.Equal(field, error.Field);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Deciding_not_to_hold_still_needs_the_Home_Office_notified_date()
    {
        var input = Complete(ReviewMove.RecordDecision, ReviewDecision.NotHold, QaOutcome.Publish);
        input.HomeOfficeNotifiedDate = null;

        var error = Assert.Single(ReviewStageMachine.Check(ReviewAt(ReviewStage.Scoping), input));

        Assert.Equal(nameof(StageMoveInput.HomeOfficeNotifiedDate), error.Field);
        Assert.StartsWith("Enter the date the Home Office was told", error.Message);
    }

    [Fact]
    public void Deciding_to_hold_may_tell_the_Home_Office_later()
    {
        var input = Complete(ReviewMove.RecordDecision, ReviewDecision.Hold, QaOutcome.Publish);
        input.HomeOfficeNotifiedDate = null;
        Assert.Empty(ReviewStageMachine.Check(ReviewAt(ReviewStage.Scoping), input));
    }

    [Fact]
    public void A_pending_decision_is_not_a_decision()
    {
        var input = Complete(ReviewMove.RecordDecision, ReviewDecision.Pending, QaOutcome.Publish);
        Assert.Contains(ReviewStageMachine.Check(ReviewAt(ReviewStage.Scoping), input), e => e.Field == nameof(StageMoveInput.Decision));
    }

    [Fact]
    public void Blank_rationale_is_missing()
    {
        var input = Complete(ReviewMove.RecordDecision, ReviewDecision.Hold, QaOutcome.Publish);
        input.DecisionRationale = "   ";
        Assert.Equal(nameof(StageMoveInput.DecisionRationale), Assert.Single(ReviewStageMachine.Check(ReviewAt(ReviewStage.Scoping), input)).Field);
    }

    [Fact]
    public void Recording_a_decision_writes_it_onto_the_review()
    {
        var review = ReviewAt(ReviewStage.Scoping);
        var input = Complete(ReviewMove.RecordDecision, ReviewDecision.Hold, QaOutcome.Publish);
        input.DecisionRationale = "  Criteria met.  ";

        ReviewStageMachine.Apply(review, input);

        Assert.Equal(ReviewDecision.Hold, review.Decision);
        Assert.Equal(input.DecisionDate, review.DecisionDate);
        Assert.Equal("Criteria met.", review.DecisionRationale);
    }

    [Fact]
    public void Resubmit_sends_the_review_back_to_drafting_and_keeps_the_outcome()
    {
        var review = ReviewAt(ReviewStage.HomeOfficeQa);
        review.QaSubmissionDate = new DateOnly(2026, 2, 1);

        ReviewStageMachine.Apply(review, Complete(ReviewMove.RecordQaOutcome, ReviewDecision.Hold, QaOutcome.Resubmit));

        Assert.Equal(ReviewStage.Drafting, review.Stage);
        Assert.Equal(QaOutcome.Resubmit, review.QaOutcome);
        Assert.Equal(new DateOnly(2026, 2, 1), review.QaSubmissionDate);
    }

    [Fact]
    public void Resubmission_dated_before_the_outcome_that_asked_for_it_is_refused()
    {
        var review = ReviewAt(ReviewStage.LocalSignOff);
        review.QaOutcome = QaOutcome.Resubmit;
        review.QaOutcomeDate = new DateOnly(2026, 5, 10);
        var input = Complete(ReviewMove.SubmitToHomeOffice, ReviewDecision.Hold, QaOutcome.Publish);
        input.QaSubmissionDate = new DateOnly(2026, 5, 9);

        var error = Assert.Single(ReviewStageMachine.Check(review, input));

        Assert.Equal(nameof(StageMoveInput.QaSubmissionDate), error.Field);
        Assert.Equal("The resubmission date must be on or after the QA outcome that asked for it (10 May 2026).", error.Message);
    }

    [Fact]
    public void Resubmitting_clears_the_old_outcome_awaiting_a_new_one()
    {
        var review = ReviewAt(ReviewStage.LocalSignOff);
        review.QaOutcome = QaOutcome.Resubmit;
        review.QaOutcomeDate = new DateOnly(2026, 5, 10);
        var input = Complete(ReviewMove.SubmitToHomeOffice, ReviewDecision.Hold, QaOutcome.Publish);
        input.QaSubmissionDate = new DateOnly(2026, 6, 1);

        ReviewStageMachine.Apply(review, input);

        Assert.Equal(new DateOnly(2026, 6, 1), review.QaSubmissionDate);
        Assert.Null(review.QaOutcome);
        Assert.Null(review.QaOutcomeDate);
    }

    [Fact]
    public void Only_coordinators_may_make_moves()
    {
        foreach (var transition in ReviewStageMachine.Transitions)
        {
            Assert.Equal([DhrTracker.Core.Identity.Roles.Coordinator], transition.Roles);
        }
    }

    [Fact]
    public void Every_move_has_a_transition() =>
        Assert.Equal(Enum.GetValues<ReviewMove>().Order(), ReviewStageMachine.Transitions.Select(t => t.Move).Order());

    [Fact]
    public void Editing_cannot_clear_a_fact_a_passed_stage_needed()
    {
        var record = RecordAt(ReviewStage.PanelAnalysis);
        record.TermsOfReferenceDate = null;

        var error = Assert.Single(ReviewStageMachine.MissingFactsForStage(ReviewStage.PanelAnalysis, record));

        Assert.Equal(nameof(ReviewRecordInput.TermsOfReferenceDate), error.Field);
    }

    [Fact]
    public void Facts_of_later_stages_are_not_needed_yet()
    {
        var record = RecordAt(ReviewStage.Commissioning);
        record.TermsOfReferenceDate = null;
        Assert.Empty(ReviewStageMachine.MissingFactsForStage(ReviewStage.Commissioning, record));
    }

    [Fact]
    public void A_closed_review_keeps_its_Commissioner_copy_date()
    {
        var record = RecordAt(ReviewStage.Closed);
        record.CommissionerCopyDate = null;
        Assert.Equal(nameof(ReviewRecordInput.CommissionerCopyDate),
            Assert.Single(ReviewStageMachine.MissingFactsForStage(ReviewStage.Closed, record)).Field);
    }

    [Fact]
    public void A_review_not_proceeding_keeps_its_Home_Office_notified_date()
    {
        var record = RecordAt(ReviewStage.NotProceeding);
        record.Decision = ReviewDecision.NotHold;
        record.HomeOfficeNotifiedDate = null;
        Assert.Equal(nameof(ReviewRecordInput.HomeOfficeNotifiedDate),
            Assert.Single(ReviewStageMachine.MissingFactsForStage(ReviewStage.NotProceeding, record)).Field);
    }

    private static Review ReviewAt(ReviewStage stage) => new()
    {
        Reference = "Northbridge DHR1",
        DateOfDeath = new DateOnly(2025, 1, 10),
        DateNotified = new DateOnly(2025, 1, 20),
        Stage = stage,
        Decision = stage is ReviewStage.Notified or ReviewStage.Scoping ? ReviewDecision.Pending : ReviewDecision.Hold,
    };

    private static ReviewRecordInput RecordAt(ReviewStage stage) => new()
    {
        Reference = "Northbridge DHR1",
        DateOfDeath = new DateOnly(2025, 1, 10),
        DateNotified = new DateOnly(2025, 1, 20),
        Decision = ReviewDecision.Hold,
        DecisionDate = new DateOnly(2025, 2, 10),
        DecisionRationale = "Criteria met.",
        HomeOfficeNotifiedDate = new DateOnly(2025, 2, 11),
        TermsOfReferenceDate = new DateOnly(2025, 3, 1),
        QaSubmissionDate = new DateOnly(2025, 9, 1),
        QaOutcome = QaOutcome.Publish,
        QaOutcomeDate = new DateOnly(2025, 11, 1),
        PublicationDate = new DateOnly(2025, 12, 1),
        PublicationType = PublicationType.Full,
        LocalSignOffDate = new DateOnly(2025, 8, 20),
        LocalSignOffBody = "Northbridge CSP board",
        LocalSignOffApprover = "Board chair",
        FamilyToldOfPublicationOn = new DateOnly(2025, 11, 20),
        CommissionerCopyDate = new DateOnly(2025, 12, 1),
        ClosedDate = stage == ReviewStage.Closed ? new DateOnly(2026, 6, 1) : null,
    };

    private static StageMoveInput Complete(ReviewMove move, ReviewDecision decision, QaOutcome outcome) => new()
    {
        Move = move,
        Note = "Going back: submitted in error.",
        Decision = decision,
        DecisionDate = new DateOnly(2025, 2, 10),
        DecisionRationale = "The death meets the statutory criteria.",
        HomeOfficeNotifiedDate = new DateOnly(2025, 2, 11),
        TermsOfReferenceDate = new DateOnly(2025, 3, 1),
        QaSubmissionDate = new DateOnly(2025, 9, 1),
        QaOutcome = outcome,
        QaOutcomeDate = new DateOnly(2025, 11, 1),
        PublicationDate = new DateOnly(2025, 12, 1),
        PublicationType = PublicationType.ExecutiveSummary,
        CommissionerCopyDate = new DateOnly(2025, 12, 1),
        ClosedDate = new DateOnly(2026, 6, 1),
        ReconsideredOn = new DateOnly(2025, 4, 1),
        ReconsiderationReason = "The inquest found the death followed coercive control.",
        LocalSignOffDate = new DateOnly(2025, 8, 20),
        LocalSignOffBody = "Northbridge CSP board",
        LocalSignOffApprover = "Board chair",
        FamilyToldOfPublicationOn = new DateOnly(2025, 11, 20),
        NonPublicationAgreedOn = new DateOnly(2025, 12, 1),
        NonPublicationReason = "Publication would identify the children.",
        SecretaryOfStateCopyDate = new DateOnly(2025, 12, 1),
    };
}
