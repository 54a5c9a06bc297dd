using FluentValidation;

namespace DhrTracker.Core.Search;

/// <summary>
/// A search needs enough text to mean something (one letter would match nearly every review) and no more than
/// a reference, a name or a phrase from a finding needs.
/// </summary>
public sealed class SearchInputValidator : AbstractValidator<SearchInput>
{
    public const int MinLength = 2;
    public const int MaxLength = 100;

    public SearchInputValidator()
    {
        RuleFor(x => x.Search)
            .Must(s => (s?.Trim().Length ?? 0) >= MinLength)
            .WithMessage($"Search: enter at least {MinLength} characters, for example a reference, a pseudonym or a theme.")
            .Must(s => (s?.Trim().Length ?? 0) <= MaxLength)
            .WithMessage($"Search must be {MaxLength} characters or fewer.");
    }
}
