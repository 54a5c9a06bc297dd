using FluentValidation;

namespace DhrTracker.Core.Reviews;

/// <summary>
/// What the form can check alone. A target date before the notification is refused by the service, which knows
/// the review; a date before the statutory one is allowed (unusual, not wrong).
/// </summary>
public sealed class RevisedTimetableInputValidator : AbstractValidator<RevisedTimetableInput>
{
    public RevisedTimetableInputValidator(TimeProvider time)
    {
        RuleFor(x => x.RevisedTargetDate).NotNull().WithMessage("Enter the revised target date agreed for completing the report.");
        RuleFor(x => x.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter the reason for the revised timetable, for example 'Criminal trial listed for March'.")
            .MaximumLength(ReviewLimits.LongText).WithMessage($"Reason must be {ReviewLimits.LongText:N0} characters or fewer.");
        RuleFor(x => x.AgreedOn)
            .NotNull().WithMessage("Enter the date the revised timetable was agreed.")
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage("The date it was agreed must be today or in the past.");
    }
}
