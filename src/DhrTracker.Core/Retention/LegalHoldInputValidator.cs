using FluentValidation;

namespace DhrTracker.Core.Retention;

public sealed class LegalHoldInputValidator : AbstractValidator<LegalHoldInput>
{
    public const int ReasonMaxLength = 500;

    public LegalHoldInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r))
            .WithMessage("Enter the reason for the legal hold, for example 'Civil claim pending' or 'Public inquiry'.")
            .MaximumLength(ReasonMaxLength).WithMessage($"Reason must be {ReasonMaxLength} characters or fewer.");
        RuleFor(x => x.Since)
            .NotNull().WithMessage("Enter the date the legal hold began.")
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage("The legal hold's date must be today or in the past.");
    }
}
