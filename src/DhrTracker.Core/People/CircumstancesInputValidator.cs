using FluentValidation;

namespace DhrTracker.Core.People;

public sealed class CircumstancesInputValidator : AbstractValidator<CircumstancesInput>
{
    public CircumstancesInputValidator()
    {
        RuleFor(x => x.CauseOfDeath).IsInEnum().WithMessage("Choose a cause of death from the list.");
        RuleFor(x => x.Location).IsInEnum().WithMessage("Choose a location from the list.");
        RuleFor(x => x.ChildrenInHousehold)
            .InclusiveBetween(0, 30).When(x => x.ChildrenInHousehold is not null)
            .WithMessage("Children in the household must be a number from 0 to 30, or left blank if not known.");
    }
}
