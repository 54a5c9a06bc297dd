using FluentValidation;

namespace DhrTracker.Core.Actions;

public sealed class RecommendationInputValidator : AbstractValidator<RecommendationInput>
{
    public RecommendationInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Number).NotNull().WithMessage("Enter the recommendation number.")
            .InclusiveBetween(1, 999).WithMessage("Recommendation number must be between 1 and 999.");
        RuleFor(x => x.Text).NotEmpty().WithMessage("Enter the text of the recommendation.")
            .MaximumLength(RecommendationConfiguration.TextMaxLength)
            .WithMessage($"Recommendation text must be {RecommendationConfiguration.TextMaxLength} characters or fewer.");
        RuleFor(x => x.Scope).NotNull().WithMessage("Choose the scope.");
        RuleFor(x => x.MadeOn).NotNull().WithMessage("Enter the date the recommendation was made.")
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage("Date made must be today or in the past.");
    }
}
