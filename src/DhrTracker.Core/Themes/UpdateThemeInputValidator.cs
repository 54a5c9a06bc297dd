using FluentValidation;

namespace DhrTracker.Core.Themes;

public sealed class UpdateThemeInputValidator : AbstractValidator<UpdateThemeInput>
{
    public UpdateThemeInputValidator()
    {
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the theme's name.")
            .MaximumLength(Theme.NameMaxLength).WithMessage($"Theme name must be {Theme.NameMaxLength} characters or fewer.");
        RuleFor(x => x.Keywords)
            .MaximumLength(Theme.KeywordsMaxLength).WithMessage($"Keywords must be {Theme.KeywordsMaxLength} characters or fewer.");
    }
}
