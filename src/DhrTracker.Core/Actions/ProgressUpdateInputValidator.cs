using FluentValidation;

namespace DhrTracker.Core.Actions;

public sealed class ProgressUpdateInputValidator : AbstractValidator<ProgressUpdateInput>
{
    public ProgressUpdateInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Date).NotNull().WithMessage("Enter the date of the update.")
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage("Date of the update must be today or in the past.");
        RuleFor(x => x.Text).NotEmpty().WithMessage("Describe the progress made.")
            .MaximumLength(ActionItemConfiguration.TextMaxLength)
            .WithMessage($"Update must be {ActionItemConfiguration.TextMaxLength} characters or fewer.");
        RuleFor(x => x.Status).Must(s => s is null || ActionRules.ChosenStatuses.Contains(s.Value)).WithMessage(ActionRules.StatusOnlyByOwnForm);
        RuleFor(x => x.Rag).IsInEnum().WithMessage("Choose Red, Amber or Green for the RAG rating.");
        RuleFor(x => x.EvidenceDescription).MaximumLength(500).WithMessage("Evidence description must be 500 characters or fewer.");
    }
}
