using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Agencies;

public sealed class AgencyChaseInputValidator : AbstractValidator<AgencyChaseInput>
{
    public AgencyChaseInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose what was chased.").IsInEnum().WithMessage("Choose what was chased from the list.");
        RuleFor(x => x.ChasedOn)
            .NotNull().WithMessage("Enter the date the agency was chased.")
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage("The chase date must be today or in the past.");
        RuleFor(x => x.Note).MaximumLength(ReviewLimits.Note).WithMessage($"The note must be {ReviewLimits.Note} characters or fewer.");
    }
}
