using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Family;

public sealed class InvolvementInputValidator : AbstractValidator<InvolvementInput>
{
    public const string MissingWho = "Choose who in the family or network this was with: add them to the family and network first if they are not listed.";

    public InvolvementInputValidator()
    {
        RuleFor(x => x.Step).NotNull().WithMessage("Choose what this entry records, for example a contact or the draft shared.")
            .IsInEnum().WithMessage("Choose what this entry records from the list.");
        RuleFor(x => x.On).NotNull().WithMessage("Enter the date, as dd/mm/yyyy.");
        RuleFor(x => x.FamilyMemberId).NotNull().WithMessage(MissingWho).NotEqual(Guid.Empty).WithMessage(MissingWho);
        RuleFor(x => x.Method).IsInEnum().WithMessage("Choose how the contact was made from the list.");
        RuleFor(x => x.Notes).MaximumLength(ReviewLimits.LongText).WithMessage($"Notes must be {ReviewLimits.LongText} characters or fewer.");
        RuleFor(x => x.Response).MaximumLength(ReviewLimits.LongText).WithMessage($"How the comments were answered must be {ReviewLimits.LongText} characters or fewer.");
    }
}
