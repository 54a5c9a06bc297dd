using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.NamesCheck;

public sealed class NameHitAcceptInputValidator : AbstractValidator<NameHitAcceptInput>
{
    public const string MissingReason =
        "Say why this may stay in the report, for example 'the family asked for her own name to be used'.";

    public NameHitAcceptInputValidator()
    {
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(MissingReason)
            .MaximumLength(ReviewLimits.Note).WithMessage($"The reason must be {ReviewLimits.Note} characters or fewer.");
        RuleFor(x => x.Detail).NotNull().IsInEnum().WithMessage("Choose a hit from the check's list.");
        RuleFor(x => x.Location).NotEmpty().MaximumLength(NameHitAcceptanceConfiguration.LocationMaxLength).WithMessage("Choose a hit from the check's list.");
    }
}
