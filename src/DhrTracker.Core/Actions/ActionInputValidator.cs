using FluentValidation;

namespace DhrTracker.Core.Actions;

public sealed class ActionInputValidator : AbstractValidator<ActionInput>
{
    public ActionInputValidator()
    {
        RuleFor(x => x.Description).NotEmpty().WithMessage("Describe the action.")
            .MaximumLength(ActionItemConfiguration.TextMaxLength)
            .WithMessage($"Description must be {ActionItemConfiguration.TextMaxLength} characters or fewer.");
        RuleFor(x => x.OwnerAgencyId).NotNull().WithMessage("Choose the agency that owns the action.");
        RuleFor(x => x.LeadOfficer).NotEmpty().WithMessage("Enter the lead officer.")
            .MaximumLength(ActionItemConfiguration.NameMaxLength)
            .WithMessage($"Lead officer must be {ActionItemConfiguration.NameMaxLength} characters or fewer.");
        RuleFor(x => x.LeadOfficerEmail).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.LeadOfficerEmail))
            .WithMessage("Enter the lead officer's email address in the form name@example.org.");
        RuleFor(x => x.TargetDate).NotNull().WithMessage("Enter the target date.");
        RuleFor(x => x.TargetDateReason).MaximumLength(1000).WithMessage("Reason must be 1000 characters or fewer.");
        RuleFor(x => x.Status).NotNull().WithMessage("Choose the status.")
            .Must(s => s is not (ActionStatus.Complete or ActionStatus.Cancelled))
            .WithMessage("Use \"Mark complete\" or \"Cancel action\" to complete or cancel an action.");
        RuleFor(x => x.Rag).NotNull().WithMessage("Choose the RAG rating.");
    }
}
