using DhrTracker.Core.Identity;
using FluentValidation;

namespace DhrTracker.Core.Accounts;

public sealed class InviteAccountInputValidator : AbstractValidator<InviteAccountInput>
{
    public InviteAccountInputValidator()
    {
        RuleFor(x => x.Email)
            .Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage("Enter the person's work email address.")
            .EmailAddress().WithMessage("Enter an email address in the right format, like name@example.org.")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer.");
        RuleFor(x => x.DisplayName)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the person's name as colleagues know it.")
            .MaximumLength(100).WithMessage("Name must be 100 characters or fewer.");
        RuleFor(x => x.Role)
            .Must(r => Roles.All.Contains(r)).WithMessage("Choose a role.");
        RuleFor(x => x.AgencyId).NotNull().When(x => AccountRoleRules.NeedsAgency([x.Role])).WithMessage(AccountRoleRules.AgencyNeeded);
        RuleFor(x => x.AgencyId).Null().When(x => !AccountRoleRules.AllowsAgency([x.Role])).WithMessage(AccountRoleRules.AgencyNotAllowed);
    }
}
