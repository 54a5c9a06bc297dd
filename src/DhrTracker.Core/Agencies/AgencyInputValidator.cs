using FluentValidation;

namespace DhrTracker.Core.Agencies;

public sealed class AgencyInputValidator : AbstractValidator<AgencyInput>
{
    public AgencyInputValidator()
    {
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the agency's name.")
            .MaximumLength(AgencyConfiguration.NameMaxLength).WithMessage("Agency name must be 150 characters or fewer.");
    }
}
