using FluentValidation;

namespace DhrTracker.Core.Actions;

public sealed class CancelActionInputValidator : AbstractValidator<CancelActionInput>
{
    public CancelActionInputValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Give the reason for cancelling the action.")
            .MaximumLength(ActionItemConfiguration.TextMaxLength)
            .WithMessage($"Reason must be {ActionItemConfiguration.TextMaxLength} characters or fewer.");
    }
}
