using FluentValidation;

namespace DhrTracker.Core.People;

public sealed class VictimInputValidator : AbstractValidator<VictimInput>
{
    public VictimInputValidator()
    {
        PersonInputRules.ApplyDemographics(this);
        RuleFor(x => x.AgeAtDeath)
            .NotNull().WithMessage("Enter the age at death.")
            .GreaterThanOrEqualTo(AgeBands.MinimumVictimAge)
            .WithMessage("Age at death must be 16 or over: a review of a younger death is a child safeguarding practice review, not a DHR.")
            .LessThanOrEqualTo(AgeBands.MaximumAge).WithMessage("Age at death must be 120 or under.");
        RuleFor(x => x.RealName).MaximumLength(200).WithMessage("Real name must be 200 characters or fewer.");
    }
}
