using FluentValidation;

namespace DhrTracker.Core.Reviews;

/// <summary>
/// Rules for a review's recorded facts, run by the Summary form as the user types and by
/// <see cref="ReviewLifecycleService"/> before every edit and every move. Dates must follow the
/// statutory order: death, notified, (reopened,) decision, local sign-off, QA submission, publication, closure.
/// </summary>
public sealed class ReviewRecordInputValidator : AbstractValidator<ReviewRecordInput>
{
    public ReviewRecordInputValidator(TimeProvider time)
    {
        DateOnly Today() => UkDates.TodayInUk(time);

        RuleFor(x => x.Reference)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter a reference for the review.")
            .MaximumLength(60).WithMessage("Reference must be 60 characters or fewer.");
        RuleFor(x => x.DateOfDeath)
            .NotNull().WithMessage("Enter the date of death.")
            .Must(d => d is null || d <= Today()).WithMessage("Date of death must be today or in the past.");
        RuleFor(x => x.DateNotified)
            .NotNull().WithMessage("Enter the date the partnership was notified.");
        RuleFor(x => x.DecisionRationale)
            .Must(r => !string.IsNullOrWhiteSpace(r)).When(x => x.Decision != ReviewDecision.Pending)
            .WithMessage("Enter the rationale for the decision.");
        RuleFor(x => x.DecisionDate)
            .NotNull().When(x => x.Decision != ReviewDecision.Pending).WithMessage("Enter the date of the decision.");
        RuleFor(x => x.HomeOfficeNotifiedDate)
            .NotNull().When(x => x.Decision == ReviewDecision.NotHold)
            .WithMessage("Enter the date the Home Office was told: a decision not to hold a review must still be reported to the Home Office.");
        RuleFor(x => x.ScopeEnd)
            .Must((x, end) => x.ScopeStart is null || end is null || end >= x.ScopeStart)
            .WithMessage("Scope period end must be on or after its start.");

        Lengths();
        Order(Today);
        Include(new ReviewRecordCompletionRules(time));
    }

    private void Lengths()
    {
        RuleFor(x => x.NotifyingAgency).MaximumLength(ReviewLimits.Name).WithMessage($"Notifying agency must be {ReviewLimits.Name} characters or fewer.");
        RuleFor(x => x.DecisionRationale).MaximumLength(ReviewLimits.LongText).WithMessage($"Rationale must be {ReviewLimits.LongText} characters or fewer.");
        RuleFor(x => x.HomeOfficeReference).MaximumLength(ReviewLimits.ShortText).WithMessage($"Home Office reference must be {ReviewLimits.ShortText} characters or fewer.");
    }

    /// <summary>Each recorded date is on or after the latest earlier milestone that is recorded, and never in the future.</summary>
    private void Order(Func<DateOnly> today)
    {
        After(x => x.DateNotified, "Date notified", x => [("the date of death", x.DateOfDeath)], today);
        After(x => x.ReconsideredOn, "Date the decision was reopened", x => [("the date notified", x.DateNotified)], today);
        After(x => x.DecisionDate, "Decision date", x => [("the date the decision was reopened", x.ReconsideredOn), ("the date notified", x.DateNotified)], today);
        After(x => x.HomeOfficeNotifiedDate, "Home Office notified date", x => [("the decision date", x.DecisionDate)], today);
        After(x => x.TermsOfReferenceDate, "Terms of reference date", x => [("the decision date", x.DecisionDate)], today);
        After(x => x.LocalSignOffDate, "Local sign-off date",
            x => [("the terms of reference date", x.TermsOfReferenceDate), ("the decision date", x.DecisionDate)], today);
        After(x => x.QaSubmissionDate, "QA submission date",
            x => [("the local sign-off date", x.LocalSignOffDate), ("the terms of reference date", x.TermsOfReferenceDate), ("the decision date", x.DecisionDate)], today);
        After(x => x.QaOutcomeDate, "QA outcome date", x => [("the QA submission date", x.QaSubmissionDate)], today);
        After(x => x.PublicationDate, "Publication date",
            x => [("the QA outcome date", x.QaOutcomeDate), ("the QA submission date", x.QaSubmissionDate)], today);
        After(x => x.NonPublicationAgreedOn, "Date non-publication was agreed",
            x => [("the QA outcome date", x.QaOutcomeDate), ("the QA submission date", x.QaSubmissionDate)], today);
        After(x => x.ClosedDate, "Closure date",
            x => [("the publication date", x.PublicationDate), ("the date non-publication was agreed", x.NonPublicationAgreedOn),
                ("the QA submission date", x.QaSubmissionDate)], today);
    }

    /// <summary>
    /// <paramref name="earlier"/> lists the milestones this date must follow, nearest first; the first
    /// one recorded is the one compared, so the message names the date the user has to look at.
    /// </summary>
    private void After(System.Linq.Expressions.Expression<Func<ReviewRecordInput, DateOnly?>> field, string label,
        Func<ReviewRecordInput, (string Name, DateOnly? Date)[]> earlier, Func<DateOnly> today)
    {
        RuleFor(field)
            .Must(d => d is null || d <= today()).WithMessage($"{label} must be today or in the past.")
            .Custom((date, ctx) =>
            {
                if (date is null)
                {
                    return;
                }

                var (name, bound) = earlier(ctx.InstanceToValidate).FirstOrDefault(e => e.Date is not null);
                if (bound is { } b && date < b)
                {
                    ctx.AddFailure($"{label} must be on or after {name} ({UkDates.Format(b)}).");
                }
            });
    }
}
