using FluentValidation;

namespace DhrTracker.Core.Findings;

/// <summary>
/// Field rules for a finding, run by the form and again by <see cref="FindingService"/>. Whether each
/// theme (and the chosen agency) belongs to the partnership and is still active needs the database and is checked by the service.
/// </summary>
public sealed class FindingInputValidator : AbstractValidator<FindingInput>
{
    public FindingInputValidator()
    {
        RuleFor(x => x.Type).NotNull().WithMessage("Choose the type of finding.");
        Include(new AgencyChoiceRules());
        RuleFor(x => x.Narrative)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the narrative: what the panel found.")
            .MaximumLength(Finding.NarrativeMaxLength).WithMessage($"Narrative must be {Finding.NarrativeMaxLength} characters or fewer.");
        RuleFor(x => x.PeriodOrEvent)
            .MaximumLength(Finding.PeriodMaxLength).WithMessage($"Period or event must be {Finding.PeriodMaxLength} characters or fewer.");
        RuleFor(x => x.ThemeIds)
            .Must(ids => ids is { Count: > 0 }).WithMessage("Choose at least one theme for the finding.");
    }
}
