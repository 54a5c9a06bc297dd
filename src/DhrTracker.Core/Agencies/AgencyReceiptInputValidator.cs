using FluentValidation;

namespace DhrTracker.Core.Agencies;

public sealed class AgencyReceiptInputValidator : AbstractValidator<AgencyReceiptInput>
{
    public AgencyReceiptInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose what was received.").IsInEnum().WithMessage("Choose what was received from the list.");
        RuleFor(x => x.Received)
            .NotNull().WithMessage("Enter the date it was received.")
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage("The received date must be today or in the past.");
    }
}
