using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Reviews;

/// <summary>
/// The statutory lifecycle as pure rules (DHR-PRIMER section 2): which move is allowed from which
/// stage, what it needs, and where it leads. The service asks it before changing anything; the move
/// form asks it too, so both refuse the same moves with the same words.
/// </summary>
public static class ReviewStageMachine
{
    private static readonly string[] CoordinatorOnly = [Roles.Coordinator];

    /// <summary>The ordinary order of stages; a step back returns to the one before.</summary>
    private static readonly ReviewStage[] Line =
    [
        ReviewStage.Notified, ReviewStage.Scoping, ReviewStage.Commissioning, ReviewStage.InformationGathering,
        ReviewStage.PanelAnalysis, ReviewStage.Drafting, ReviewStage.LocalSignOff, ReviewStage.HomeOfficeQa,
        ReviewStage.AwaitingPublication, ReviewStage.ActionPlanMonitoring, ReviewStage.Closed,
    ];

    public static readonly IReadOnlyList<StageTransition> Transitions =
    [
        new(ReviewMove.StartScoping, [ReviewStage.Notified], "Start scoping", CoordinatorOnly),
        new(ReviewMove.RecordDecision, [ReviewStage.Notified, ReviewStage.Scoping], "Record decision", CoordinatorOnly),
        new(ReviewMove.AgreeTermsOfReference, [ReviewStage.Commissioning], "Agree terms of reference", CoordinatorOnly),
        new(ReviewMove.StartPanelAnalysis, [ReviewStage.InformationGathering], "Start panel analysis", CoordinatorOnly),
        new(ReviewMove.StartDrafting, [ReviewStage.PanelAnalysis], "Start drafting report", CoordinatorOnly),
        new(ReviewMove.SendForLocalSignOff, [ReviewStage.Drafting], "Send for local sign-off", CoordinatorOnly),
        new(ReviewMove.SubmitToHomeOffice, [ReviewStage.LocalSignOff], "Submit to Home Office QA", CoordinatorOnly),
        new(ReviewMove.RecordQaOutcome, [ReviewStage.HomeOfficeQa], "Record QA outcome", CoordinatorOnly),
        new(ReviewMove.Publish, [ReviewStage.AwaitingPublication], "Record publication", CoordinatorOnly),
        new(ReviewMove.AgreeNonPublication, [ReviewStage.AwaitingPublication], "Record agreed non-publication", CoordinatorOnly),
        new(ReviewMove.Close, [ReviewStage.ActionPlanMonitoring], "Close review", CoordinatorOnly),
        new(ReviewMove.StepBack,
        [
            ReviewStage.Scoping, ReviewStage.InformationGathering, ReviewStage.PanelAnalysis, ReviewStage.Drafting,
            ReviewStage.LocalSignOff, ReviewStage.HomeOfficeQa, ReviewStage.AwaitingPublication, ReviewStage.ActionPlanMonitoring,
        ], "Step back a stage", CoordinatorOnly),
        new(ReviewMove.ReconsiderDecision, [ReviewStage.NotProceeding], "Reconsider decision", CoordinatorOnly),
    ];

    public const string SecretaryOfStateDirected = "The Secretary of State directed this review (DVCVA 2004 s.9(2)): it must be held.";

    public static StageTransition For(ReviewMove move) => Transitions.Single(t => t.Move == move);

    /// <summary>
    /// Moves offered at a stage. A paused review offers none, nor does a closed one; a review not
    /// proceeding offers only <see cref="ReviewMove.ReconsiderDecision"/> (ADR 0350).
    /// </summary>
    public static IReadOnlyList<StageTransition> Available(ReviewStage stage, bool paused) =>
        paused || stage == ReviewStage.Closed ? [] : Transitions.Where(t => t.From.Contains(stage)).ToList();

    public static bool IsEnded(ReviewStage stage) => stage is ReviewStage.Closed or ReviewStage.NotProceeding;

    /// <summary>Where the move leads from <paramref name="from"/>, given the facts entered with it.</summary>
    public static ReviewStage Target(ReviewStage from, StageMoveInput input) => input.Move switch
    {
        ReviewMove.StartScoping => ReviewStage.Scoping,
        ReviewMove.RecordDecision => input.Decision == ReviewDecision.NotHold ? ReviewStage.NotProceeding : ReviewStage.Commissioning,
        ReviewMove.AgreeTermsOfReference => ReviewStage.InformationGathering,
        ReviewMove.StartPanelAnalysis => ReviewStage.PanelAnalysis,
        ReviewMove.StartDrafting => ReviewStage.Drafting,
        ReviewMove.SendForLocalSignOff => ReviewStage.LocalSignOff,
        ReviewMove.SubmitToHomeOffice => ReviewStage.HomeOfficeQa,
        ReviewMove.RecordQaOutcome => input.QaOutcome == QaOutcome.Resubmit ? ReviewStage.Drafting : ReviewStage.AwaitingPublication,
        ReviewMove.Publish or ReviewMove.AgreeNonPublication => ReviewStage.ActionPlanMonitoring,
        ReviewMove.ReconsiderDecision => ReviewStage.Scoping,
        ReviewMove.Close => ReviewStage.Closed,
        ReviewMove.StepBack => Line[Math.Max(0, Array.IndexOf(Line, from) - 1)],
        _ => throw new ArgumentOutOfRangeException(nameof(input), input.Move, "Unknown move."),
    };

    /// <summary>
    /// Every reason the move cannot be made now, or none. Checks the review's state first (ended,
    /// paused, wrong stage), then what the move needs.
    /// </summary>
    public static IReadOnlyList<FieldError> Check(Review review, StageMoveInput input)
    {
        var move = nameof(StageMoveInput.Move);
        if (review.Stage == ReviewStage.Closed)
        {
            return [new(move, $"This review is {review.Stage.Display().ToLowerInvariant()}: no further moves can be made.")];
        }

        if (review.OpenPause is { } pause)
        {
            return [new(move, $"This review is paused ({pause.Reason.Display().ToLowerInvariant()}). Resume it before moving it to another stage.")];
        }

        var transition = For(input.Move);
        if (!transition.From.Contains(review.Stage))
        {
            var offered = Available(review.Stage, paused: false).Select(t => t.Label);
            return [new(move, $"'{transition.Label}' cannot be done at stage '{review.Stage.Display()}'. From here you can: {string.Join(", ", offered)}.")];
        }

        var errors = MissingRequirements(input).ToList();
        if (input.Move == ReviewMove.SubmitToHomeOffice && review.QaOutcome == QaOutcome.Resubmit
            && input.QaSubmissionDate < review.QaOutcomeDate)
        {
            errors.Add(new(nameof(StageMoveInput.QaSubmissionDate),
                $"The resubmission date must be on or after the QA outcome that asked for it ({UkDates.Format(review.QaOutcomeDate)})."));
        }

        if (input.Move == ReviewMove.RecordDecision && input.Decision == ReviewDecision.NotHold
            && review.NotificationSource == NotificationSource.SecretaryOfStateDirection)
        {
            errors.Add(new(nameof(StageMoveInput.Decision), SecretaryOfStateDirected));
        }

        // The decision is cleared by the move, so its date is compared here, before Apply.
        if (input.Move == ReviewMove.ReconsiderDecision && input.ReconsideredOn < review.DecisionDate)
        {
            errors.Add(new(nameof(StageMoveInput.ReconsideredOn),
                $"The date the decision was reopened must be on or after the decision not to hold ({UkDates.Format(review.DecisionDate)})."));
        }

        return errors;
    }

    /// <summary>What the move needs that the input lacks, each naming its field. Used by the move form as the user types.</summary>
    public static IEnumerable<FieldError> MissingRequirements(StageMoveInput input) => StageMoveRequirements.Of(input);

    /// <summary>Writes the move's facts onto the review and moves it. Call only after <see cref="Check"/> found nothing.</summary>
    public static void Apply(Review review, StageMoveInput input)
    {
        var target = Target(review.Stage, input);
        switch (input.Move)
        {
            case ReviewMove.RecordDecision:
                review.Decision = input.Decision!.Value;
                review.DecisionDate = input.DecisionDate;
                review.DecisionRationale = input.DecisionRationale!.Trim();
                review.HomeOfficeNotifiedDate = input.HomeOfficeNotifiedDate ?? review.HomeOfficeNotifiedDate;
                review.HomeOfficeReference = Clean(input.HomeOfficeReference) ?? review.HomeOfficeReference;
                break;
            case ReviewMove.AgreeTermsOfReference:
                review.TermsOfReferenceDate = input.TermsOfReferenceDate;
                review.HomeOfficeNotifiedDate = input.HomeOfficeNotifiedDate;
                break;
            case ReviewMove.ReconsiderDecision:
                // Back to the decision step: the old decision lives on in the timeline line's note (ADR 0350).
                review.Decision = ReviewDecision.Pending;
                review.DecisionDate = null;
                review.DecisionRationale = null;
                review.HomeOfficeNotifiedDate = null;
                review.ReconsideredOn = input.ReconsideredOn;
                review.ReconsiderationReason = input.ReconsiderationReason!.Trim();
                review.NotificationSource = input.DirectedBySecretaryOfState ? NotificationSource.SecretaryOfStateDirection : review.NotificationSource;
                break;
            case ReviewMove.SubmitToHomeOffice:
                // A (re)submission awaits a fresh outcome; the earlier one stays in the timeline.
                review.LocalSignOffDate = input.LocalSignOffDate;
                review.LocalSignOffBody = input.LocalSignOffBody!.Trim();
                review.LocalSignOffApprover = input.LocalSignOffApprover!.Trim();
                review.CommissionerCopyDate = input.CommissionerCopyDate ?? review.CommissionerCopyDate;
                review.SecretaryOfStateCopyDate = input.SecretaryOfStateCopyDate ?? review.SecretaryOfStateCopyDate;
                review.QaSubmissionDate = input.QaSubmissionDate;
                review.QaOutcome = null;
                review.QaOutcomeDate = null;
                break;
            case ReviewMove.RecordQaOutcome:
                review.QaOutcome = input.QaOutcome;
                review.QaOutcomeDate = input.QaOutcomeDate;
                break;
            case ReviewMove.Publish:
                review.PublicationDate = input.PublicationDate;
                review.PublicationType = input.PublicationType;
                review.PublishedUrl = Clean(input.PublishedUrl);
                review.PublishedQaLetter = input.PublishedQaLetter;
                review.FamilyToldOfPublicationOn = input.FamilyToldOfPublicationOn;
                review.CommissionerCopyDate = input.CommissionerCopyDate ?? review.CommissionerCopyDate;
                review.NonPublicationAgreedOn = null;
                review.NonPublicationReason = null;
                break;
            case ReviewMove.AgreeNonPublication:
                review.NonPublicationAgreedOn = input.NonPublicationAgreedOn;
                review.NonPublicationReason = input.NonPublicationReason!.Trim();
                review.PublicationDate = null;
                review.PublicationType = null;
                review.PublishedUrl = null;
                review.PublishedQaLetter = false;
                review.FamilyToldOfPublicationOn = null;
                break;
            case ReviewMove.Close:
                review.ClosedDate = input.ClosedDate;
                review.CommissionerCopyDate = input.CommissionerCopyDate;
                review.SecretaryOfStateCopyDate = input.SecretaryOfStateCopyDate ?? review.SecretaryOfStateCopyDate;
                break;
        }

        review.Stage = target;
    }

    /// <summary>The date a move took effect, for the timeline (null when it is simply the day it was entered).</summary>
    public static DateOnly? EffectiveDate(StageMoveInput input) => input.Move switch
    {
        ReviewMove.RecordDecision => input.DecisionDate,
        ReviewMove.AgreeTermsOfReference => input.TermsOfReferenceDate,
        ReviewMove.SubmitToHomeOffice => input.QaSubmissionDate,
        ReviewMove.RecordQaOutcome => input.QaOutcomeDate,
        ReviewMove.Publish => input.PublicationDate,
        ReviewMove.AgreeNonPublication => input.NonPublicationAgreedOn,
        ReviewMove.ReconsiderDecision => input.ReconsideredOn,
        ReviewMove.Close => input.ClosedDate,
        _ => null,
    };

    /// <summary>
    /// Facts that the moves already made required, missing from an edited record. An edit may correct
    /// them but not clear them, or the review would stand at a stage it could not have reached.
    /// </summary>
    public static IReadOnlyList<FieldError> MissingFactsForStage(ReviewStage stage, ReviewRecordInput record)
    {
        var reached = stage == ReviewStage.NotProceeding ? 0 : Array.IndexOf(Line, stage);
        var passed = new List<ReviewMove>();
        if (stage == ReviewStage.NotProceeding || reached >= Array.IndexOf(Line, ReviewStage.Commissioning))
        {
            passed.Add(ReviewMove.RecordDecision);
        }

        foreach (var (move, at) in new[]
                 {
                     (ReviewMove.AgreeTermsOfReference, ReviewStage.InformationGathering),
                     (ReviewMove.SubmitToHomeOffice, ReviewStage.HomeOfficeQa),
                     (ReviewMove.RecordQaOutcome, ReviewStage.AwaitingPublication),
                     (record.NonPublicationAgreedOn is null ? ReviewMove.Publish : ReviewMove.AgreeNonPublication, ReviewStage.ActionPlanMonitoring),
                     (ReviewMove.Close, ReviewStage.Closed),
                 })
        {
            if (stage != ReviewStage.NotProceeding && reached >= Array.IndexOf(Line, at))
            {
                passed.Add(move);
            }
        }

        return passed.SelectMany(move => MissingRequirements(AsMove(move, record)))
            .Where(e => e.Field != nameof(StageMoveInput.Note))
            .DistinctBy(e => e.Field)
            .ToList();
    }

    private static StageMoveInput AsMove(ReviewMove move, ReviewRecordInput r) => new()
    {
        Move = move,
        Regime = r.Regime,
        Decision = r.Decision,
        DecisionDate = r.DecisionDate,
        DecisionRationale = r.DecisionRationale,
        HomeOfficeNotifiedDate = r.HomeOfficeNotifiedDate,
        TermsOfReferenceDate = r.TermsOfReferenceDate,
        LocalSignOffDate = r.LocalSignOffDate,
        LocalSignOffBody = r.LocalSignOffBody,
        LocalSignOffApprover = r.LocalSignOffApprover,
        QaSubmissionDate = r.QaSubmissionDate,
        QaOutcome = r.QaOutcome,
        QaOutcomeDate = r.QaOutcomeDate,
        PublicationDate = r.PublicationDate,
        PublicationType = r.PublicationType,
        PublishedUrl = r.PublishedUrl,
        FamilyToldOfPublicationOn = r.FamilyToldOfPublicationOn,
        NonPublicationAgreedOn = r.NonPublicationAgreedOn,
        NonPublicationReason = r.NonPublicationReason,
        CommissionerCopyDate = r.CommissionerCopyDate,
        SecretaryOfStateCopyDate = r.SecretaryOfStateCopyDate,
        ClosedDate = r.ClosedDate,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
