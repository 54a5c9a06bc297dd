using FluentValidation;

namespace DhrTracker.Core.Themes;

public sealed class MergeThemesInputValidator : AbstractValidator<MergeThemesInput>
{
    public MergeThemesInputValidator()
    {
        RuleFor(x => x.TargetThemeId).NotNull().WithMessage("Choose the theme to merge into.");
    }
}
