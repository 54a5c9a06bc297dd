using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Partnerships;

/// <summary>
/// Bounds wide enough for any change the law is likely to make (the 2024 consultation proposed 12
/// months for the report) and narrow enough to catch a slip of the keyboard.
/// </summary>
public sealed class TimescaleVersionInputValidator : AbstractValidator<TimescaleVersionInput>
{
    public TimescaleVersionInputValidator()
    {
        RuleFor(x => x.EffectiveFrom).NotNull().WithMessage("Enter the date the new timescales take effect: they apply to reviews notified on or after it.");
        RuleFor(x => x.DecisionDueMonths).InclusiveBetween(1, 12).WithMessage("Decision timescale must be between 1 and 12 months.");
        RuleFor(x => x.ReportDueMonths).InclusiveBetween(1, 36).WithMessage("Report timescale must be between 1 and 36 months.");
        RuleFor(x => x.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter why the timescales change, for example 'Revised statutory guidance 2026'.")
            .MaximumLength(ReviewLimits.Note).WithMessage($"Reason must be {ReviewLimits.Note:N0} characters or fewer.");
    }
}
