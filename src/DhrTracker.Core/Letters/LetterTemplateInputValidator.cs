using FluentValidation;

namespace DhrTracker.Core.Letters;

/// <summary>The same checks as the form, run again by the service: a length, then Liquid that is valid and names only known placeholders.</summary>
public sealed class LetterTemplateInputValidator : AbstractValidator<LetterTemplateInput>
{
    public LetterTemplateInputValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose which letter this template is for.");
        RuleFor(x => x.Text)
            .MaximumLength(LetterTemplateConfiguration.TextMaxLength)
            .WithMessage($"The template must be {LetterTemplateConfiguration.TextMaxLength:N0} characters or fewer.")
            .Custom((text, context) =>
            {
                foreach (var problem in LetterTemplateText.Check(context.InstanceToValidate.Kind, text).Problems)
                {
                    context.AddFailure(nameof(LetterTemplateInput.Text), problem);
                }
            });
    }
}
