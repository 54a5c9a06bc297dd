using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Family;

public sealed class FamilyMemberInputValidator : AbstractValidator<FamilyMemberInput>
{
    public const string MissingRole = "Choose this person's relationship to the victim, for example parent, friend or employer.";
    public const string MissingPseudonym = "Enter a pseudonym for this person, for example 'Sister A': every list shows it in place of their name.";

    public FamilyMemberInputValidator()
    {
        RuleFor(x => x.Role).NotNull().WithMessage(MissingRole).IsInEnum().WithMessage(MissingRole);
        RuleFor(x => x.Pseudonym).NotEmpty().WithMessage(MissingPseudonym)
            .MaximumLength(FamilyLimits.Pseudonym).WithMessage($"Pseudonym must be {FamilyLimits.Pseudonym} characters or fewer.");
        RuleFor(x => x.RealName).MaximumLength(ReviewLimits.Name).WithMessage($"Real name must be {ReviewLimits.Name} characters or fewer.");
        RuleFor(x => x.ContactDetails).MaximumLength(ReviewLimits.Note).WithMessage($"Contact details must be {ReviewLimits.Note} characters or fewer.");
        RuleFor(x => x.Language).MaximumLength(ReviewLimits.ShortText).WithMessage($"Language must be {ReviewLimits.ShortText} characters or fewer.");
        RuleFor(x => x.AccessNeeds).MaximumLength(ReviewLimits.Note).WithMessage($"Access needs must be {ReviewLimits.Note} characters or fewer.");
        RuleFor(x => x.PreferredContact).IsInEnum().WithMessage("Choose a way of contacting them from the list.");
        RuleFor(x => x.Consent).IsInEnum().WithMessage("Choose whether they agreed to be contacted.");
        RuleFor(x => x.AdvocacyOrganisation)
            .NotEmpty().When(x => x.AdvocacyOfferedOn is not null).WithMessage("Enter the advocacy service offered, for example AAFDA.")
            .MaximumLength(ReviewLimits.Name).WithMessage($"Advocacy service must be {ReviewLimits.Name} characters or fewer.");
        RuleFor(x => x.AdvocacyOfferedOn).NotNull().When(x => x.AdvocacyAnswer is not null || x.AdvocacyAnsweredOn is not null)
            .WithMessage("Enter the date advocacy was offered: an answer needs an offer before it.");
        RuleFor(x => x.AdvocacyAnswer).NotNull().When(x => x.AdvocacyAnsweredOn is not null)
            .WithMessage("Choose whether advocacy was accepted or declined, or clear the date of the answer.")
            .IsInEnum().WithMessage("Choose whether advocacy was accepted or declined.");
        RuleFor(x => x.AdvocacyAnsweredOn).NotNull().When(x => x.AdvocacyAnswer is not null)
            .WithMessage("Enter the date they accepted or declined advocacy.")
            .GreaterThanOrEqualTo(x => x.AdvocacyOfferedOn).When(x => x.AdvocacyOfferedOn is not null && x.AdvocacyAnsweredOn is not null)
            .WithMessage("The answer to the advocacy offer cannot be dated before the offer.");
    }
}
