using FluentValidation;

namespace DhrTracker.Core.Letters;

public sealed class WriteLettersInputValidator : AbstractValidator<WriteLettersInput>
{
    public WriteLettersInputValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose which letter to write.").IsInEnum().WithMessage("Choose which letter to write.");
        RuleFor(x => x.ReviewAgencyIds)
            .Must(ids => ids.Count > 0).When(x => x.Kind is { } kind && kind.IsPerAgency())
            .WithMessage("Choose at least one agency to write to.");
        RuleFor(x => x.ReviewAgencyIds)
            .Must(ids => ids.Count == 0).When(x => x.Kind is { } kind && !kind.IsPerAgency())
            .WithMessage("This letter is not written to agencies: clear the agencies chosen.");
    }
}
