using FluentValidation;

namespace DhrTracker.Core.People;

public sealed class VictimInputValidator : AbstractValidator<VictimInput>
{
    public const string MissingPseudonym = "Enter a pseudonym: a name agreed with the family, for example 'Jo'.";
    public const string MissingPseudonymChoice = "Choose how the pseudonym was chosen: agreed with the family, chosen by the panel, or the family declined.";

    public VictimInputValidator()
    {
        PersonInputRules.ApplyDemographics(this, MissingPseudonym);
        RuleFor(x => x.AgeAtDeath)
            .NotNull().WithMessage("Enter the age at death.")
            .GreaterThanOrEqualTo(AgeBands.MinimumVictimAge)
            .WithMessage("Age at death must be 16 or over: a review of a younger death is a child safeguarding practice review, not a DHR.")
            .LessThanOrEqualTo(AgeBands.MaximumAge).WithMessage("Age at death must be 120 or under.");
        RuleFor(x => x.DeathType).IsInEnum().WithMessage("Choose a type of death from the list.");

        // Required from now on for a new victim; a victim recorded before it was asked (Version set) may be saved without it (ADR 0366).
        RuleFor(x => x.PseudonymChoice)
            .NotNull().When(x => x.Version is null).WithMessage(MissingPseudonymChoice)
            .IsInEnum().WithMessage(MissingPseudonymChoice);
        RuleFor(x => x.RealName).MaximumLength(200).WithMessage("Real name must be 200 characters or fewer.");
    }
}
