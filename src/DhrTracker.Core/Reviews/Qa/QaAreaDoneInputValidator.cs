using FluentValidation;

namespace DhrTracker.Core.Reviews.Qa;

/// <summary>Form-only rules for marking done; "not before the letter" needs the area, so the service checks it.</summary>
public sealed class QaAreaDoneInputValidator : AbstractValidator<QaAreaDoneInput>
{
    public QaAreaDoneInputValidator(TimeProvider time)
    {
        RuleFor(x => x.DoneOn)
            .NotNull().WithMessage("Enter the date the area was addressed.")
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage("Date addressed must be today or in the past.");
        RuleFor(x => x.HowAddressed)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Enter how the report was changed to address this area.")
            .MaximumLength(ReviewLimits.LongText).WithMessage($"How it was addressed must be {ReviewLimits.LongText} characters or fewer.");
    }
}
