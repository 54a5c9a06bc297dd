namespace DhrTracker.Core.Findings;

/// <summary>
/// The agency a finding names, as read: a register agency, "Other" with a note, text from before the register
/// that still needs resolving, or none (ADR 0388).
/// </summary>
public sealed record FindingAgency(int? AgencyId, string? RegisterName, bool IsOther, string? Text)
{
    public const string OtherHeading = "Other agency (not on the register)";
    public const string UnmatchedHeading = "Agency not yet matched to the register";

    public static readonly FindingAgency None = new(null, null, false, null);

    public bool NeedsResolving => AgencyId is null && !IsOther && Text is not null;

    /// <summary>What a card shows; null when the finding concerns no single agency.</summary>
    public string? Label => AgencyId is not null ? RegisterName
        : IsOther ? $"Other: {Text}"
        : Text is null ? null : $"{Text} (not yet matched to the register)";

    /// <summary>
    /// The group a learning view counts it under: the register name, one group for every "Other" (the notes are free
    /// text, so grouping by them would bring back the spelling variants) and one for text still to be matched.
    /// </summary>
    public string? Heading => AgencyId is not null ? RegisterName
        : IsOther ? OtherHeading
        : Text is null ? null : UnmatchedHeading;
}
