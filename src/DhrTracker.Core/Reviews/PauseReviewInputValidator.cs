using FluentValidation;

namespace DhrTracker.Core.Reviews;

/// <summary>Field rules for pausing; rules that need the review (already paused, overlapping pauses) are the service's.</summary>
public sealed class PauseReviewInputValidator : AbstractValidator<PauseReviewInput>
{
    public PauseReviewInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Reason).NotNull().WithMessage("Choose why the review is paused.");
        RuleFor(x => x.StartDate)
            .NotNull().WithMessage("Enter the date the pause started.")
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage("Pause start date must be today or in the past.");
        RuleFor(x => x.Note)
            .Must(n => !string.IsNullOrWhiteSpace(n)).When(x => x.Reason == PauseReason.Other)
            .WithMessage("Say why the review is paused: the reason is 'Other'.")
            .MaximumLength(ReviewLimits.Note).WithMessage($"Note must be {ReviewLimits.Note} characters or fewer.");
    }
}
