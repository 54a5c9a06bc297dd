using DhrTracker.Core.Access;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using FluentValidation;

namespace DhrTracker.Core.Audit;

/// <summary>
/// The audit search's rules, each naming its field in plain English. An email or reference must name
/// something the searcher could see (so a search never confirms another partnership's account or review).
/// </summary>
public sealed class AuditSearchValidator : AbstractValidator<AuditSearch>
{
    public const int MaxTextLength = 256;

    public AuditSearchValidator(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser)
    {
        RuleFor(x => x.UserEmail)
            .MaximumLength(MaxTextLength).WithMessage($"User email must be {MaxTextLength} characters or fewer.")
            .MustAsync(async (email, ct) => await AuditLookups.UserIdsAsync(dbFactory, await currentUser.GetAsync(ct), email, ct) is not [])
            .When(x => !string.IsNullOrWhiteSpace(x.UserEmail) && x.UserEmail.Length <= MaxTextLength)
            .WithMessage(x => $"User email: nobody with the email address '{x.UserEmail!.Trim()}' has an account you can search for. Check the spelling.");
        RuleFor(x => x.ReviewReference)
            .MaximumLength(MaxTextLength).WithMessage($"Review reference must be {MaxTextLength} characters or fewer.")
            .MustAsync(async (reference, ct) => await AuditLookups.ReviewIdsAsync(dbFactory, await currentUser.GetAsync(ct), reference, ct) is not [])
            .When(x => !string.IsNullOrWhiteSpace(x.ReviewReference) && x.ReviewReference.Length <= MaxTextLength)
            .WithMessage(x => $"Review reference: no review with the reference '{x.ReviewReference!.Trim()}' is one you can search. Check the reference.");
        RuleFor(x => x.Action)
            .Must(a => a is null || AuditLabels.Actions.ContainsKey(a)).WithMessage("Action: choose an action from the list.");
        RuleFor(x => x.Outcome)
            .Must(o => o is null || Enum.IsDefined(o.Value)).WithMessage("Outcome: choose an outcome from the list.");
        RuleFor(x => x.To)
            .Must((x, to) => x.From is null || to is null || to >= x.From)
            .WithMessage(x => $"End date must be the same as or after the start date ({UkDates.Format(x.From)}).");
    }
}
