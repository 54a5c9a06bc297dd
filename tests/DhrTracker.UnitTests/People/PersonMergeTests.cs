using DhrTracker.Core.Common;
using DhrTracker.Core.People;
using DhrTracker.UnitTests.Common;

namespace DhrTracker.UnitTests.People;

/// <summary>Two people edit one victim's or perpetrator's details at once: neither loses a fact (R19, ADR 0408).</summary>
public sealed class PersonMergeTests
{
    private static readonly Guid OpenedVersion = Guid.NewGuid();
    private static readonly Guid SavedVersion = Guid.NewGuid();

    private static VictimInput Victim(Action<VictimInput>? change = null)
    {
        var v = new VictimInput { Version = OpenedVersion, Pseudonym = "Kestrel", AgeAtDeath = 40, Sex = Sex.Female };
        change?.Invoke(v);
        return v;
    }

    [Fact]
    public void What_only_they_changed_is_taken_what_I_changed_is_kept_and_a_fact_we_both_changed_is_mine_until_I_choose()
    {
        var mine = Victim(v =>
        {
            v.Pseudonym = "Kes";
            v.AgeAtDeath = 41;
        });
        var theirs = Victim(v =>
        {
            v.Version = SavedVersion;
            v.Ethnicity = Ethnicity.AsianIndian;
            v.AgeAtDeath = 42;
        });

        var result = PersonMerge.Merge(PersonMerge.Victim, Victim(), mine, theirs);

        Assert.Equal(["Ethnicity (ONS)"], result.TakenFromThem);
        Assert.Equal(new FieldClash(nameof(VictimInput.AgeAtDeath), "Age at death", "41", "42"), Assert.Single(result.Clashes));
        Assert.Equal(("Kes", 41, Ethnicity.AsianIndian, (Guid?)SavedVersion),
            (result.Merged.Pseudonym, result.Merged.AgeAtDeath, result.Merged.Ethnicity, result.Merged.Version));
        Assert.Equal((40, "Kes"), (Victim().AgeAtDeath, mine.Pseudonym)); // neither input is changed by the merge
    }

    /// <summary>A fact the user may not read is null in both versions they see: never a clash, never copied over the stored one.</summary>
    [Fact]
    public void A_restricted_fact_is_no_clash()
    {
        var mine = Victim(v => v.MentalHealth = null);
        var theirs = Victim(v =>
        {
            v.Version = SavedVersion;
            v.MentalHealth = null;
        });

        var result = PersonMerge.Merge(PersonMerge.Victim, Victim(v => v.MentalHealth = null), mine, theirs);

        Assert.Empty(result.Clashes);
        Assert.Empty(result.TakenFromThem);
        Assert.Null(result.Merged.MentalHealth);
    }

    [Fact]
    public void Every_fact_of_both_forms_is_merged_and_copied_by_itself()
    {
        MergeFieldChecks.EveryPropertyIsMergedAndCopiedAlone(PersonMerge.Victim, nameof(PersonInput.Version));
        MergeFieldChecks.EveryPropertyIsMergedAndCopiedAlone(PersonMerge.Perpetrator, nameof(PersonInput.Version));
    }
}
