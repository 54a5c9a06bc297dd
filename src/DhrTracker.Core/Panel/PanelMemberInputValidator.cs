using FluentValidation;

namespace DhrTracker.Core.Panel;

public sealed class PanelMemberInputValidator : AbstractValidator<PanelMemberInput>
{
    public PanelMemberInputValidator()
    {
        RuleFor(x => x.UserId).Must(u => !string.IsNullOrWhiteSpace(u)).WithMessage("Choose the person to add to the panel.");
        RuleFor(x => x.Role).IsInEnum().WithMessage("Choose a panel role from the list.");
    }
}
