using FluentValidation;

namespace DhrTracker.Core.Analytics;

public sealed class AnalyticsQueryValidator : AbstractValidator<AnalyticsQuery>
{
    public const string EndBeforeStart = "The end of the period must be on or after its start.";

    public AnalyticsQueryValidator()
    {
        RuleFor(q => q.To).Must((q, to) => q.From is null || to is null || to >= q.From).WithMessage(EndBeforeStart);
    }
}
