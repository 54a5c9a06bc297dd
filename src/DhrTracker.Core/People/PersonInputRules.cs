using FluentValidation;

namespace DhrTracker.Core.People;

/// <summary>Rules every person form shares, applied by both validators.</summary>
internal static class PersonInputRules
{
    /// <param name="missingPseudonym">What to say when the pseudonym is empty: practice prefers a name to "Adult A" (ADR 0366).</param>
    public static void ApplyDemographics<T>(AbstractValidator<T> v, string missingPseudonym) where T : PersonInput
    {
        v.RuleFor(x => x.Pseudonym)
            .Must(p => !string.IsNullOrWhiteSpace(p)).WithMessage(missingPseudonym)
            .MaximumLength(PersonRecordConfiguration.PseudonymMaxLength).WithMessage("Pseudonym must be 60 characters or fewer.");
        v.RuleFor(x => x.Sex).IsInEnum().WithMessage("Choose a sex from the list.");
        v.RuleFor(x => x.GenderIdentity).IsInEnum().WithMessage("Choose a gender identity from the list.");
        v.RuleFor(x => x.SexualOrientation).IsInEnum().WithMessage("Choose a sexual orientation from the list.");
        v.RuleFor(x => x.Ethnicity).IsInEnum().WithMessage("Choose an ethnicity from the list.");
        v.RuleFor(x => x.Religion).IsInEnum().WithMessage("Choose a religion from the list.");
        v.RuleFor(x => x.CarerRole).IsInEnum().WithMessage("Choose a carer role from the list.");
    }
}
