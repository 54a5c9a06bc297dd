using DhrTracker.Core.Common;
using DhrTracker.Core.People;

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
        CheckEveryFact(PersonMerge.Victim);
        CheckEveryFact(PersonMerge.Perpetrator);
    }

    private static void CheckEveryFact<T>(IReadOnlyList<MergeField<T>> fields) where T : PersonInput, new()
    {
        var properties = typeof(T).GetProperties();
        Assert.Equal(properties.Select(p => p.Name).Where(n => n != nameof(PersonInput.Version)).Order(), fields.Select(f => f.Name).Order());
        foreach (var field in fields)
        {
            var property = typeof(T).GetProperty(field.Name)!;
            var from = new T();
            property.SetValue(from, Sample(property.PropertyType, property.GetValue(from)));
            var to = new T();

            field.Copy(from, to);

            Assert.NotEqual(property.GetValue(new T()), property.GetValue(from));
            Assert.All(properties, p => Assert.Equal(p.GetValue(p.Name == field.Name ? from : new T()), p.GetValue(to)));
        }
    }

    // A value other than the form's default, so a copy of the wrong property cannot pass.
    private static object Sample(Type type, object? current) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => "sample",
        var t when t == typeof(bool) => current is not true,
        var t when t == typeof(int) => 37,
        var t when t.IsEnum => Enum.GetValues(t).Cast<object>().First(v => !v.Equals(current)),
        var t => throw new InvalidOperationException($"No sample for {t}"),
    };
}
