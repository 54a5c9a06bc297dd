using FluentValidation;

namespace DhrTracker.Core.Reviews;

public sealed class ResumeReviewInputValidator : AbstractValidator<ResumeReviewInput>
{
    public ResumeReviewInputValidator(TimeProvider time)
    {
        RuleFor(x => x.EndDate)
            .NotNull().WithMessage("Enter the date the review resumed.")
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage("Resume date must be today or in the past.");
        RuleFor(x => x.Note).MaximumLength(ReviewLimits.Note).WithMessage($"Note must be {ReviewLimits.Note} characters or fewer.");
    }
}
