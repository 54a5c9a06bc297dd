using FluentValidation;

namespace DhrTracker.Core.People;

/// <summary>Shape only; that both people belong to the review is checked by the service against the database.</summary>
public sealed class RelationshipInputValidator : AbstractValidator<RelationshipInput>
{
    public RelationshipInputValidator()
    {
        RuleFor(x => x.VictimId).NotNull().WithMessage("Choose the victim.");
        RuleFor(x => x.PerpetratorId).NotNull().WithMessage("Choose the perpetrator.");
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose what the victim was to the perpetrator.")
            .IsInEnum().WithMessage("Choose a relationship from the list.");
    }
}
