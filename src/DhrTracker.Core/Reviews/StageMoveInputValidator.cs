using FluentValidation;

namespace DhrTracker.Core.Reviews;

/// <summary>What a move needs, as the move form checks it while the user types; the rules themselves live in <see cref="ReviewStageMachine"/>.</summary>
public sealed class StageMoveInputValidator : AbstractValidator<StageMoveInput>
{
    public StageMoveInputValidator()
    {
        RuleFor(x => x).Custom((input, ctx) =>
        {
            foreach (var error in ReviewStageMachine.MissingRequirements(input))
            {
                ctx.AddFailure(error.Field, error.Message);
            }
        });
    }
}
