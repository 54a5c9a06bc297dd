using DhrTracker.Core.People;

namespace DhrTracker.Core.Synthetic;

/// <summary>
/// The Home Office wording the DHRD files keep (ADR 0332) in DhrTracker's vocabularies. Only the synthetic data
/// needs it: the national comparison itself counts the files' flags and bands, never their wording.
/// </summary>
internal static class HomeOfficeWording
{
    private static readonly Dictionary<string, RelationshipKind> Relationships = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Spouse (incl civil partner)"] = RelationshipKind.SpouseOrCivilPartner,
        ["Common-law spouse"] = RelationshipKind.CommonLawSpouse,
        ["Boyfriend or girlfriend"] = RelationshipKind.Partner,
        ["Cohabitant"] = RelationshipKind.Cohabitant,
        ["Casual sexual partner"] = RelationshipKind.CasualSexualPartner,
        ["Ex-spouse"] = RelationshipKind.ExSpouse,
        ["Ex-boyfriend or ex-girlfriend"] = RelationshipKind.ExPartner,
        ["Parent"] = RelationshipKind.Parent,
        ["Step-parent"] = RelationshipKind.StepParent,
        ["Son or daughter"] = RelationshipKind.Child,
        ["Grandparent"] = RelationshipKind.Grandparent,
        ["Sibling"] = RelationshipKind.Sibling,
        ["Half-sibling"] = RelationshipKind.HalfSibling,
        ["Step-sibling"] = RelationshipKind.StepSibling,
        ["Other (relative)"] = RelationshipKind.OtherRelative,
        ["Other (non-relative)"] = RelationshipKind.OtherNonRelative,

        // The new partner of the perpetrator's partner or ex-partner: not a relative, not the household.
        ["Emotional rival"] = RelationshipKind.OtherNonRelative,
    };

    private static readonly Dictionary<string, CourtOutcome> Verdicts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Murder"] = CourtOutcome.Murder,
        ["Manslaughter"] = CourtOutcome.Manslaughter,
        ["Manslaughter w/ diminished responsibility"] = CourtOutcome.ManslaughterDiminishedResponsibility,
        ["Not guilty"] = CourtOutcome.NotGuilty,
        ["Unfit to plead"] = CourtOutcome.UnfitToPlead,
        ["Other"] = CourtOutcome.Other,
    };

    /// <summary>The relationship, or null for "Unknown", an empty cell or wording not known here.</summary>
    public static RelationshipKind? Relationship(string? wording) =>
        wording is not null && Relationships.TryGetValue(wording, out var kind) ? kind : null;

    public static CourtOutcome Verdict(string? wording) =>
        wording is not null && Verdicts.TryGetValue(wording, out var outcome) ? outcome : CourtOutcome.Unknown;

    /// <summary>"Female", "Male", "Other" as the reader keeps them; null (unknown) stays not known.</summary>
    public static Sex SexOf(string? value) => Enum.TryParse<Sex>(value, ignoreCase: true, out var sex) ? sex : Sex.NotKnown;

    /// <summary>An age inside the band as the file writes it ("25-34", "65+"), by the one <see cref="AgeBands"/> rule; 65+ stops at 95.</summary>
    public static int AgeIn(string band, Random random)
    {
        var ages = Enumerable.Range(AgeBands.MinimumVictimAge, 95 - AgeBands.MinimumVictimAge + 1)
            .Where(a => AgeBands.For(a).Display().Equals(band, StringComparison.OrdinalIgnoreCase)).ToArray();
        return ages[random.Next(ages.Length)];
    }
}
