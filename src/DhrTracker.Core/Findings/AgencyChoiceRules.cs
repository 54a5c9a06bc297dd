using FluentValidation;

namespace DhrTracker.Core.Findings;

/// <summary>
/// The field rules of an agency choice, included by each input that has one. Whether the agency is on the review's
/// partnership's register and active needs the database and is checked by <see cref="FindingAgencyCheck"/>.
/// </summary>
public sealed class AgencyChoiceRules : AbstractValidator<IAgencyChoice>
{
    public AgencyChoiceRules()
    {
        // Only with Other: a note left in the box after switching back to a register agency is not saved, so it cannot block the save.
        RuleFor(x => x.AgencyNote)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the agency note: which agency this is, as it is not on the register.")
            .MaximumLength(Finding.AgencyMaxLength).WithMessage($"Agency note must be {Finding.AgencyMaxLength} characters or fewer.")
            .When(x => x.OtherAgency);
    }
}
