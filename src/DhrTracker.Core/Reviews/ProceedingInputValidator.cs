using FluentValidation;

namespace DhrTracker.Core.Reviews;

public sealed class ProceedingInputValidator : AbstractValidator<ProceedingInput>
{
    public ProceedingInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Type).NotNull().WithMessage("Choose the type of proceeding.");
        RuleFor(x => x.Status).NotNull().WithMessage("Choose the status of the proceeding.");
        RuleFor(x => x.Description)
            .Must(d => !string.IsNullOrWhiteSpace(d)).When(x => x.Type == ProceedingType.OtherReview)
            .WithMessage("Say which other review this is, for example a Safeguarding Adults Review.")
            .MaximumLength(ReviewLimits.Name).WithMessage($"Details must be {ReviewLimits.Name} characters or fewer.");
        RuleFor(x => x.StartDate)
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage("Start date must be today or in the past.");
        RuleFor(x => x.ConcludedDate)
            .NotNull().When(x => x.Status == ProceedingStatus.Concluded).WithMessage("Enter the date the proceeding concluded.")
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage("Concluded date must be today or in the past.")
            .Must((x, d) => d is null || x.StartDate is null || d >= x.StartDate).WithMessage("Concluded date must be on or after the start date.");
    }
}
