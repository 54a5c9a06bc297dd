using FluentValidation;

namespace DhrTracker.Core.Agencies;

public sealed class AgencyRequestInputValidator : AbstractValidator<AgencyRequestInput>
{
    public AgencyRequestInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose what was requested.").IsInEnum().WithMessage("Choose what was requested from the list.");
        RuleFor(x => x.Requested)
            .NotNull().WithMessage("Enter the date the request was sent.")
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage("The request date must be today or in the past.");
        RuleFor(x => x.Due)
            .NotNull().WithMessage("Enter the date the submission is due.")
            .Must((x, d) => d is null || x.Requested is not { } r || d >= r).WithMessage("The due date must be on or after the date it was requested.");
    }
}
