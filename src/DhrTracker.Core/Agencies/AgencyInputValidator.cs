using FluentValidation;

namespace DhrTracker.Core.Agencies;

public sealed class AgencyInputValidator : AbstractValidator<AgencyInput>
{
    public AgencyInputValidator()
    {
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the agency's name.")
            .MaximumLength(AgencyConfiguration.NameMaxLength).WithMessage("Agency name must be 150 characters or fewer.");
        RuleFor(x => x.ContactName).MaximumLength(AgencyConfiguration.ContactNameMaxLength)
            .WithMessage("Contact name must be 200 characters or fewer.");
        RuleFor(x => x.ContactEmail)
            .Must(e => string.IsNullOrWhiteSpace(e) || AgencyContact.IsEmail(e))
            .WithMessage("Enter the contact's email address in the right shape, like name@example.org.")
            .MaximumLength(AgencyConfiguration.ContactEmailMaxLength).WithMessage("Contact email must be 256 characters or fewer.");
        RuleFor(x => x.ContactPhone)
            .Must(p => string.IsNullOrWhiteSpace(p) || AgencyContact.IsPhone(p))
            .WithMessage("Enter the contact's phone number using digits, spaces and a leading + only, like 01632 960 123.")
            .MaximumLength(AgencyConfiguration.ContactPhoneMaxLength).WithMessage("Contact phone must be 40 characters or fewer.");
    }
}
