using DhrTracker.Core.People;

namespace DhrTracker.UnitTests.People;

/// <summary>The Home Office wording of the values issue 13 added (DHR-PRIMER section 8), written out by hand.</summary>
public sealed class LabelsTests
{
    public static TheoryData<Enum, string> AddedValues => new()
    {
        { RelationshipKind.Cohabitant, "Cohabitant" },
        { RelationshipKind.CasualSexualPartner, "Casual sexual partner" },
        { RelationshipKind.HalfSibling, "Half-sibling" },
        { RelationshipKind.StepSibling, "Step-sibling" },
        { CauseOfDeath.Neglect, "Neglect" },
        { CauseOfDeath.HitByVehicle, "Hit by a vehicle" },
        { CauseOfDeath.CarbonMonoxidePoisoning, "Carbon monoxide poisoning" },
        { CourtOutcome.UnfitToPlead, "Unfit to plead" },
        { CourtOutcome.NoProsecution, "No prosecution (perpetrator died, or suicide review)" },
        { DeathType.Homicide, "Homicide" },
        { DeathType.Suicide, "Suicide" },
        { DeathType.UnexpectedDeath, "Unexpected death" },
        { PseudonymChoice.AgreedWithFamily, "Agreed with the family" },
        { PseudonymChoice.ChosenByPanel, "Chosen by the panel" },
        { PseudonymChoice.FamilyDeclined, "Family declined" },
        { ReviewCategory.Other, "Other" },
    };

    [Theory]
    [MemberData(nameof(AddedValues))]
    public void Each_added_value_reads_as_the_Home_Office_writes_it(Enum value, string expected) =>
        Assert.Equal(expected, Labels.Display(value));
}
