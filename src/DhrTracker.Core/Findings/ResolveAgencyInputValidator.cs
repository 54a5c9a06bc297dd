using FluentValidation;

namespace DhrTracker.Core.Findings;

/// <summary>Resolving must name an agency: leaving it empty would only put the finding back on the list.</summary>
public sealed class ResolveAgencyInputValidator : AbstractValidator<ResolveAgencyInput>
{
    public ResolveAgencyInputValidator()
    {
        RuleFor(x => x.AgencyId)
            .NotNull().When(x => !x.OtherAgency).WithMessage("Choose the agency from the register, or Other with a note.");
        Include(new AgencyChoiceRules());
    }
}
