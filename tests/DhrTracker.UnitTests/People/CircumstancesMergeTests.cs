using DhrTracker.Core.Common;
using DhrTracker.Core.People;
using DhrTracker.UnitTests.Common;

namespace DhrTracker.UnitTests.People;

/// <summary>Two people record the circumstances of one death at once: neither loses a fact (R19, ADR 0408).</summary>
public sealed class CircumstancesMergeTests
{
    private static readonly Guid SavedVersion = Guid.NewGuid();

    private static CircumstancesInput Opened() => new()
    {
        Version = Guid.Empty,
        CauseOfDeath = CauseOfDeath.SharpInstrument,
        Location = DeathLocation.Residential,
        CoerciveControl = true,
        ChildrenInHousehold = 2,
    };

    private static CircumstancesInput Changed(Action<CircumstancesInput> change)
    {
        var c = Opened();
        change(c);
        return c;
    }

    [Fact]
    public void A_flag_only_they_ticked_is_taken_a_flag_I_ticked_is_kept_and_a_fact_we_both_changed_is_mine_until_I_choose()
    {
        var mine = Changed(c =>
        {
            c.Stalking = true;
            c.ChildrenInHousehold = 3;
        });
        var theirs = Changed(c =>
        {
            c.Version = SavedVersion;
            c.EconomicAbuse = true;
            c.ChildrenInHousehold = null;
        });

        var result = CircumstancesMerge.Merge(Opened(), mine, theirs);

        Assert.Equal(["Economic abuse"], result.TakenFromThem);
        Assert.Equal(new FieldClash(nameof(CircumstancesInput.ChildrenInHousehold), "Children under 18 living in the household", "3", "Not known"),
            Assert.Single(result.Clashes));
        Assert.Equal((true, true, 3, SavedVersion),
            (result.Merged.EconomicAbuse, result.Merged.Stalking, result.Merged.ChildrenInHousehold, result.Merged.Version));

        FieldMerge.Use(CircumstancesMerge.Fields, result.Merged, theirs, nameof(CircumstancesInput.ChildrenInHousehold));

        Assert.Equal(((int?)null, true), (result.Merged.ChildrenInHousehold, result.Merged.Stalking));
    }

    [Fact]
    public void Every_fact_of_the_form_is_merged_and_copied_by_itself()
    {
        MergeFieldChecks.EveryPropertyIsMergedAndCopiedAlone(CircumstancesMerge.Fields, nameof(CircumstancesInput.Version));
        var source = Changed(c => c.HomicideSuicide = true);
        var copy = source.Copy();
        Assert.All(typeof(CircumstancesInput).GetProperties(), p => Assert.Equal(p.GetValue(source), p.GetValue(copy)));
    }
}
