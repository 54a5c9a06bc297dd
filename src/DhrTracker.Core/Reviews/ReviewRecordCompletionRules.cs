using FluentValidation;

namespace DhrTracker.Core.Reviews;

/// <summary>
/// Rules for the facts of a completed report and what follows it (issue 13): the Secretary of State's
/// direction, the reopened decision, local sign-off, the copies to the Commissioner and the Secretary
/// of State, and the publication record or agreed non-publication. Included by <see cref="ReviewRecordInputValidator"/>.
/// </summary>
public sealed class ReviewRecordCompletionRules : AbstractValidator<ReviewRecordInput>
{
    public ReviewRecordCompletionRules(TimeProvider time)
    {
        DateOnly Today() => UkDates.TodayInUk(time);

        RuleFor(x => x.NotificationSource).IsInEnum().WithMessage("Choose how the death came to the partnership.")
            .Must((x, source) => !(source == NotificationSource.SecretaryOfStateDirection && x.Decision == ReviewDecision.NotHold))
            .WithMessage(ReviewStageMachine.SecretaryOfStateDirected + " Reconsider the decision not to hold first.");
        RuleFor(x => x.ReconsiderationReason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).When(x => x.ReconsideredOn is not null)
            .WithMessage("Say why the decision was reconsidered.")
            .MaximumLength(ReviewLimits.LongText).WithMessage($"Reason for reconsidering must be {ReviewLimits.LongText} characters or fewer.");

        RuleFor(x => x.LocalSignOffBody)
            .Must(b => !string.IsNullOrWhiteSpace(b)).When(x => x.LocalSignOffDate is not null)
            .WithMessage("Enter the body that signed the report off, for example the CSP board.")
            .MaximumLength(ReviewLimits.Name).WithMessage($"Signing-off body must be {ReviewLimits.Name} characters or fewer.");
        RuleFor(x => x.LocalSignOffApprover)
            .Must(a => !string.IsNullOrWhiteSpace(a)).When(x => x.LocalSignOffDate is not null)
            .WithMessage("Enter who approved the report for that body, for example its chair.")
            .MaximumLength(ReviewLimits.Name).WithMessage($"Approver must be {ReviewLimits.Name} characters or fewer.");

        AfterCompletion(x => x.CommissionerCopyDate, "Date sent to the Domestic Abuse Commissioner", Today);
        AfterCompletion(x => x.SecretaryOfStateCopyDate, "Date sent to the Secretary of State", Today);

        RuleFor(x => x.PublishedUrl).Custom((url, ctx) =>
        {
            if (PublishedUrls.Problem(url) is { } problem)
            {
                ctx.AddFailure(problem);
            }
        });
        RuleFor(x => x.FamilyToldOfPublicationOn)
            .Must(d => d is null || d <= Today()).WithMessage("Date the family was told must be today or in the past.")
            .Must((x, d) => d is null || x.PublicationDate is null || d <= x.PublicationDate)
            .WithMessage(x => $"Date the family was told must be on or before the publication date ({UkDates.Format(x.PublicationDate)}): the family is told before publication.");
        RuleFor(x => x.NonPublicationReason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).When(x => x.NonPublicationAgreedOn is not null)
            .WithMessage("Give the reason the report will not be published.")
            .MaximumLength(ReviewLimits.LongText).WithMessage($"Reason for not publishing must be {ReviewLimits.LongText} characters or fewer.");
        RuleFor(x => x.NonPublicationAgreedOn)
            .Null().When(x => x.PublicationDate is not null)
            .WithMessage("A report is either published or agreed not to be published: clear the publication date or this date.");
    }

    /// <summary>
    /// A copy of the report is sent once it is completed (DVCVA 2004 s.9(3B)-(3C)): on or after local
    /// sign-off. A review that passed QA before sign-off was recorded is judged against its QA submission.
    /// </summary>
    private void AfterCompletion(System.Linq.Expressions.Expression<Func<ReviewRecordInput, DateOnly?>> field, string label, Func<DateOnly> today)
    {
        RuleFor(field)
            .Must(d => d is null || d <= today()).WithMessage($"{label} must be today or in the past.")
            .Custom((date, ctx) =>
            {
                var x = ctx.InstanceToValidate;
                if (date is null)
                {
                    return;
                }

                if (x.LocalSignOffDate is { } signedOff)
                {
                    if (date < signedOff)
                    {
                        ctx.AddFailure($"{label} cannot be before the report was completed (local sign-off on {UkDates.Format(signedOff)}).");
                    }
                }
                else if (x.QaSubmissionDate is { } submitted)
                {
                    if (date < submitted)
                    {
                        ctx.AddFailure($"{label} cannot be before the report was completed (submitted for QA on {UkDates.Format(submitted)}).");
                    }
                }
                else
                {
                    ctx.AddFailure($"{label} cannot be recorded yet: the copy is sent once the report is completed. Record the local sign-off first.");
                }
            });
    }
}
