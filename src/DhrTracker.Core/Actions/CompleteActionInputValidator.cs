using FluentValidation;

namespace DhrTracker.Core.Actions;

public sealed class CompleteActionInputValidator : AbstractValidator<CompleteActionInput>
{
    public CompleteActionInputValidator()
    {
        RuleFor(x => x.Outcome).NotEmpty().WithMessage(ActionRules.OutcomeNeeded)
            .MaximumLength(ActionItemConfiguration.TextMaxLength)
            .WithMessage($"Outcome must be {ActionItemConfiguration.TextMaxLength} characters or fewer.");
    }
}
