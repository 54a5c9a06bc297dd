using FluentValidation;

namespace DhrTracker.Core.Partnerships;

public sealed class NewPartnershipInputValidator : AbstractValidator<NewPartnershipInput>
{
    public NewPartnershipInputValidator()
    {
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the partnership's name.")
            .MaximumLength(200).WithMessage("Name must be 200 characters or fewer.");
        RuleFor(x => x.ReferencePrefix)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter a reference prefix, for example 'Northbridge DHR'.")
            .MaximumLength(40).WithMessage("Reference prefix must be 40 characters or fewer.");
    }
}
