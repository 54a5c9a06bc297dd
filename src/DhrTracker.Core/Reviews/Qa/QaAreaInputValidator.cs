using FluentValidation;

namespace DhrTracker.Core.Reviews.Qa;

/// <summary>
/// The rules that need only the form. Those that need the review (the letter not before the QA
/// submission, a number not already used) are checked by <see cref="QaDevelopmentAreaService"/>.
/// </summary>
public sealed class QaAreaInputValidator : AbstractValidator<QaAreaInput>
{
    public const int MaxNumber = 999;

    public QaAreaInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Number).InclusiveBetween(1, MaxNumber)
            .WithMessage($"Number must be a whole number from 1 to {MaxNumber}, as the QA letter numbers the area.");
        RuleFor(x => x.Text)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Enter the area for final development as the QA letter words it.")
            .MaximumLength(ReviewLimits.LongText).WithMessage($"Area for final development must be {ReviewLimits.LongText} characters or fewer.");
        RuleFor(x => x.RaisedOn)
            .NotNull().WithMessage("Enter the date of the QA letter that raised this area.")
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage("Date of the QA letter must be today or in the past.");
    }
}
