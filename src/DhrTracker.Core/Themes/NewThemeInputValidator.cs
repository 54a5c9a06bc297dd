using FluentValidation;

namespace DhrTracker.Core.Themes;

/// <summary>Field rules for a new theme; uniqueness within the partnership is checked by <see cref="ThemeTaxonomyService"/>.</summary>
public sealed class NewThemeInputValidator : AbstractValidator<NewThemeInput>
{
    public NewThemeInputValidator()
    {
        RuleFor(x => x.CategoryName)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Choose or type the category of the theme.")
            .MaximumLength(Theme.NameMaxLength).WithMessage($"Category must be {Theme.NameMaxLength} characters or fewer.");
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the theme's name.")
            .MaximumLength(Theme.NameMaxLength).WithMessage($"Theme name must be {Theme.NameMaxLength} characters or fewer.");
        RuleFor(x => x.Keywords)
            .MaximumLength(Theme.KeywordsMaxLength).WithMessage($"Keywords must be {Theme.KeywordsMaxLength} characters or fewer.");
    }
}
