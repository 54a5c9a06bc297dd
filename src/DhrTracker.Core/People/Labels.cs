using System.Text.RegularExpressions;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Documents;

namespace DhrTracker.Core.People;

/// <summary>
/// Plain-English names of the stored vocabularies, as screens and exports show them. Home Office
/// wording where it differs from a simple split of the name.
/// </summary>
public static partial class Labels
{
    public static string Display(Enum value) => value switch
    {
        RelationshipKind.SpouseOrCivilPartner => "Spouse or civil partner",
        RelationshipKind.CommonLawSpouse => "Common-law spouse",
        RelationshipKind.ExSpouse => "Ex-spouse",
        RelationshipKind.ExPartner => "Ex-partner",
        RelationshipKind.StepParent => "Step-parent",
        RelationshipKind.HouseholdMember => "Household member (non-relative)",
        RelationshipKind.OtherNonRelative => "Other non-relative",
        RelationshipKind.HalfSibling => "Half-sibling",
        RelationshipKind.StepSibling => "Step-sibling",
        CauseOfDeath.HittingWithWeapon => "Hitting with a weapon",
        CauseOfDeath.LigatureStrangulation => "Strangulation with ligature",
        CauseOfDeath.Suffocation => "Suffocation, asphyxiation or smothering",
        CauseOfDeath.FallToHardSurface => "Fall to a hard surface",
        CauseOfDeath.HitByVehicle => "Hit by a vehicle",
        CourtOutcome.Pending => "Proceedings not concluded",
        CourtOutcome.ManslaughterDiminishedResponsibility => "Manslaughter (diminished responsibility)",
        CourtOutcome.NoProsecution => "No prosecution (perpetrator died, or suicide review)",
        PseudonymChoice.AgreedWithFamily => "Agreed with the family",
        PseudonymChoice.ChosenByPanel => "Chosen by the panel",
        Ethnicity.WhiteBritish => "White: English, Welsh, Scottish, Northern Irish or British",
        Ethnicity.WhiteGypsyOrIrishTraveller => "White: Gypsy or Irish Traveller",
        Ethnicity.MixedWhiteAndAsian => "Mixed: White and Asian",
        Ethnicity.MixedWhiteAndBlackAfrican => "Mixed: White and Black African",
        Ethnicity.MixedWhiteAndBlackCaribbean => "Mixed: White and Black Caribbean",
        Ethnicity.OtherEthnicGroup => "Any other ethnic group",
        Ethnicity e when e.ToString().StartsWith("Asian") || e.ToString().StartsWith("Black") || e.ToString().StartsWith("Mixed")
            || e.ToString().StartsWith("White") || e.ToString().StartsWith("Other") => Grouped(e.ToString()),
        GenderIdentity.SameAsSexAtBirth => "Same as sex registered at birth",
        SexualOrientation.GayOrLesbian => "Gay or lesbian",
        CarerRole.WasCarer => "Was a carer",
        CarerRole.WasCaredFor => "Was cared for",
        CarerRole.Both => "Both carer and cared for",
        ReviewCategory.Familial => "Familial",
        DocumentKind d => d.Display(),
        SubmissionKind s => s.Display(),
        _ => Split(value.ToString()),
    };

    /// <summary>"AsianBangladeshi" becomes "Asian: Bangladeshi", as the census groups them.</summary>
    private static string Grouped(string name)
    {
        var words = Split(name).Split(' ', 2);
        return words.Length == 2 ? $"{words[0]}: {char.ToUpperInvariant(words[1][0])}{words[1][1..]}" : words[0];
    }

    private static string Split(string name)
    {
        var spaced = WordBoundary().Replace(name, " $1").ToLowerInvariant();
        return char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordBoundary();
}
