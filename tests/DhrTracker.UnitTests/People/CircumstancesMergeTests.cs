using DhrTracker.Core.Common;
using DhrTracker.Core.People;

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

    /// <summary>A fact added to the form but not to the merge would be overwritten silently when two people save.</summary>
    [Fact]
    public void Every_fact_of_the_form_is_merged_and_copied_by_itself()
    {
        Assert.Equal(typeof(CircumstancesInput).GetProperties().Select(p => p.Name).Where(n => n != nameof(CircumstancesInput.Version)).Order(),
            CircumstancesMerge.Fields.Select(f => f.Name).Order());
        foreach (var field in CircumstancesMerge.Fields)
        {
            var property = typeof(CircumstancesInput).GetProperty(field.Name)!;
            var from = new CircumstancesInput();
            property.SetValue(from, Sample(property.PropertyType));
            var to = new CircumstancesInput();

            field.Copy(from, to);

            Assert.Equal(property.GetValue(from), field.Read(from));
            Assert.All(typeof(CircumstancesInput).GetProperties(), p => Assert.Equal(p.GetValue(p.Name == field.Name ? from : new CircumstancesInput()), p.GetValue(to)));
        }

        var source = Changed(c => c.HomicideSuicide = true);
        var copy = CircumstancesMerge.Copy(source);
        Assert.All(typeof(CircumstancesInput).GetProperties(), p => Assert.Equal(p.GetValue(source), p.GetValue(copy)));
    }

    private static object Sample(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(bool) => true,
        var t when t == typeof(int) => 4,
        var t when t.IsEnum => Enum.GetValues(t).GetValue(Enum.GetValues(t).Length - 1)!,
        var t => throw new InvalidOperationException($"No sample for {t}"),
    };
}
