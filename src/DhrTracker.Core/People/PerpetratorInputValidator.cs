using FluentValidation;

namespace DhrTracker.Core.People;

public sealed class PerpetratorInputValidator : AbstractValidator<PerpetratorInput>
{
    /// <summary>The age of criminal responsibility in England and Wales.</summary>
    private const int MinimumAge = 10;

    public PerpetratorInputValidator()
    {
        PersonInputRules.ApplyDemographics(this, "Enter a pseudonym: a name used instead of theirs, for example 'Sam'.");
        RuleFor(x => x.Age)
            .InclusiveBetween(MinimumAge, AgeBands.MaximumAge).When(x => x.Age is not null)
            .WithMessage("Age must be between 10 and 120, or left blank if not known.");
        RuleFor(x => x.OffendingHistory).MaximumLength(2000).WithMessage("Offending history must be 2000 characters or fewer.");
        RuleFor(x => x.CourtOutcome).IsInEnum().WithMessage("Choose a court outcome from the list.");
        RuleFor(x => x.RealName).MaximumLength(200).WithMessage("Real name must be 200 characters or fewer.");
    }
}
