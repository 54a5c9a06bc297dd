using DhrTracker.Core.Identity;
using FluentValidation;

namespace DhrTracker.Core.Accounts;

public sealed class ChangeAccountInputValidator : AbstractValidator<ChangeAccountInput>
{
    public ChangeAccountInputValidator()
    {
        RuleFor(x => x.Roles)
            .Must(r => r.Count > 0).WithMessage("Choose at least one role.")
            .Must(r => r.All(Roles.All.Contains)).WithMessage("Choose roles from the list.")
            .Must(r => !r.Contains(Roles.AgencyLead) || r.Distinct().Count() == 1).WithMessage(AccountRoleRules.AgencyLeadAlone);
        RuleFor(x => x.AgencyId).NotNull().When(x => AccountRoleRules.NeedsAgency(x.Roles)).WithMessage(AccountRoleRules.AgencyNeeded);
        RuleFor(x => x.AgencyId).Null().When(x => !AccountRoleRules.AllowsAgency(x.Roles)).WithMessage(AccountRoleRules.AgencyNotAllowed);
    }
}
