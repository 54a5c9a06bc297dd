namespace DhrTracker.Core.Reviews;

/// <summary>
/// What each move needs from the form, each refusal naming its field. Pure, so the move form runs it
/// as the user types and <see cref="ReviewStageMachine.Check"/> runs it again before saving.
/// </summary>
public static class StageMoveRequirements
{
    public static IEnumerable<FieldError> Of(StageMoveInput input)
    {
        if (input.Note is { Length: > ReviewLimits.Note })
        {
            yield return new(nameof(input.Note), $"Note must be {ReviewLimits.Note} characters or fewer.");
        }

        var needs = input.Move switch
        {
            ReviewMove.RecordDecision => Decision(input),
            ReviewMove.ReconsiderDecision => Reconsideration(input),
            ReviewMove.AgreeTermsOfReference => TermsOfReference(input),
            ReviewMove.SubmitToHomeOffice => Submission(input),
            ReviewMove.RecordQaOutcome => QaOutcome(input),
            ReviewMove.Publish => Publication(input),
            ReviewMove.AgreeNonPublication => NonPublication(input),
            ReviewMove.Close => Closure(input),
            ReviewMove.StepBack => Blank(input.Note) ? [new(nameof(input.Note), "Say why the review is going back a stage.")] : [],
            _ => [],
        };
        foreach (var error in needs)
        {
            yield return error;
        }
    }

    private static IEnumerable<FieldError> Decision(StageMoveInput input)
    {
        if (input.Decision is null or ReviewDecision.Pending)
        {
            yield return new(nameof(input.Decision), "Choose whether a review will be held.");
        }

        if (input.DecisionDate is null)
        {
            yield return new(nameof(input.DecisionDate), "Enter the date of the decision.");
        }

        if (Blank(input.DecisionRationale))
        {
            yield return new(nameof(input.DecisionRationale), "Enter the rationale for the decision.");
        }

        if (input.Decision == ReviewDecision.NotHold && input.HomeOfficeNotifiedDate is null)
        {
            yield return new(nameof(input.HomeOfficeNotifiedDate),
                "Enter the date the Home Office was told: a decision not to hold a review must still be reported to the Home Office.");
        }
    }

    private static IEnumerable<FieldError> Reconsideration(StageMoveInput input)
    {
        if (input.ReconsideredOn is null)
        {
            yield return new(nameof(input.ReconsideredOn), "Enter the date the decision was reopened.");
        }

        if (Blank(input.ReconsiderationReason))
        {
            yield return new(nameof(input.ReconsiderationReason),
                "Say why the decision is being reconsidered (for example a Home Office challenge, an inquest's findings or a Secretary of State direction).");
        }
    }

    private static IEnumerable<FieldError> TermsOfReference(StageMoveInput input)
    {
        if (input.TermsOfReferenceDate is null)
        {
            yield return new(nameof(input.TermsOfReferenceDate), "Enter the date the terms of reference were agreed.");
        }

        if (input.HomeOfficeNotifiedDate is null)
        {
            yield return new(nameof(input.HomeOfficeNotifiedDate), "Enter the date the Home Office was told of the decision to hold the review.");
        }
    }

    private static IEnumerable<FieldError> Submission(StageMoveInput input)
    {
        if (input.LocalSignOffDate is null)
        {
            yield return new(nameof(input.LocalSignOffDate), "Enter the date of local sign-off: a report goes to QA once the partnership has signed it off.");
        }

        if (Blank(input.LocalSignOffBody))
        {
            yield return new(nameof(input.LocalSignOffBody), "Enter the body that signed the report off, for example the CSP board.");
        }

        if (Blank(input.LocalSignOffApprover))
        {
            yield return new(nameof(input.LocalSignOffApprover), "Enter who approved the report for that body, for example its chair.");
        }

        if (input.QaSubmissionDate is null)
        {
            yield return new(nameof(input.QaSubmissionDate), "Enter the date the report was submitted to the Home Office QA panel.");
        }
    }

    private static IEnumerable<FieldError> QaOutcome(StageMoveInput input)
    {
        if (input.QaOutcome is null)
        {
            yield return new(nameof(input.QaOutcome), "Choose the QA panel's outcome.");
        }

        if (input.QaOutcomeDate is null)
        {
            yield return new(nameof(input.QaOutcomeDate), "Enter the date of the QA outcome.");
        }
    }

    private static IEnumerable<FieldError> Publication(StageMoveInput input)
    {
        if (input.PublicationDate is null)
        {
            yield return new(nameof(input.PublicationDate), "Enter the publication date.");
        }

        if (input.PublicationType is null)
        {
            yield return new(nameof(input.PublicationType), "Choose what was published.");
        }

        if (input.FamilyToldOfPublicationOn is null)
        {
            yield return new(nameof(input.FamilyToldOfPublicationOn), "Enter the date the family was told: the family is told before a report is published.");
        }

        if (PublishedUrls.Problem(input.PublishedUrl) is { } problem)
        {
            yield return new(nameof(input.PublishedUrl), problem);
        }
    }

    private static IEnumerable<FieldError> NonPublication(StageMoveInput input)
    {
        if (input.NonPublicationAgreedOn is null)
        {
            yield return new(nameof(input.NonPublicationAgreedOn), "Enter the date it was agreed not to publish the report.");
        }

        if (Blank(input.NonPublicationReason))
        {
            yield return new(nameof(input.NonPublicationReason), "Give the reason the report will not be published.");
        }
    }

    private static IEnumerable<FieldError> Closure(StageMoveInput input)
    {
        if (input.ClosedDate is null)
        {
            yield return new(nameof(input.ClosedDate), "Enter the date the review closed.");
        }

        if (input.CommissionerCopyDate is null)
        {
            yield return new(nameof(input.CommissionerCopyDate),
                "Enter the date the report was sent to the Domestic Abuse Commissioner: every final report must be sent before the review closes.");
        }

        if (input.Regime == ReviewRegime.Dardr && input.SecretaryOfStateCopyDate is null)
        {
            yield return new(nameof(input.SecretaryOfStateCopyDate),
                "Enter the date the report was sent to the Secretary of State: a DARDR's report goes to the Secretary of State as well as the Commissioner (Victims and Prisoners Act 2024 s.19).");
        }
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
