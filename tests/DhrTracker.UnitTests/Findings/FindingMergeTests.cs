using DhrTracker.Core.Common;
using DhrTracker.Core.Findings;

namespace DhrTracker.UnitTests.Findings;

/// <summary>Two panel members edit one finding at once: neither loses a fact, and each clash is theirs to settle (R19).</summary>
public sealed class FindingMergeTests
{
    private static readonly Guid Coercion = Guid.NewGuid();
    private static readonly Guid Isolation = Guid.NewGuid();
    private static readonly Guid Retired = Guid.NewGuid();
    private static readonly Guid SavedVersion = Guid.NewGuid();

    private static readonly IReadOnlyList<MergeField<FindingInput>> Fields = FindingMerge.Fields(
        new Dictionary<int, string> { [1] = "Synthetic Police", [2] = "Synthetic Housing" },
        new Dictionary<Guid, string> { [Coercion] = "Coercive control", [Isolation] = "Isolation" });

    private static FindingInput Opened() => new()
    {
        Type = FindingType.MissedOpportunity,
        AgencyId = 1,
        Narrative = "No routine enquiry was made at three appointments.",
        PeriodOrEvent = "Spring 2025",
        ThemeIds = [Coercion],
        Version = Guid.NewGuid(),
    };

    private static FindingInput Changed(Action<FindingInput> change)
    {
        var finding = Opened();
        change(finding);
        return finding;
    }

    [Fact]
    public void What_only_they_changed_is_taken_what_only_I_changed_is_kept_and_their_version_is_the_one_to_save_over()
    {
        var mine = Changed(f => f.Narrative = "No routine enquiry was made at four appointments.");
        var theirs = Changed(f =>
        {
            f.Version = SavedVersion;
            f.ThemeIds = [Isolation, Coercion];
            f.AgencyId = 2;
        });

        var result = FindingMerge.Merge(Fields, Opened(), mine, theirs);

        Assert.Empty(result.Clashes);
        Assert.Equal(["Agency", "Themes"], result.TakenFromThem);
        Assert.Equal(("No routine enquiry was made at four appointments.", 2, SavedVersion),
            (result.Merged.Narrative, result.Merged.AgencyId, result.Merged.Version));
        Assert.Equal([Isolation, Coercion], result.Merged.ThemeIds);
    }

    [Fact]
    public void A_fact_both_changed_is_a_clash_in_words_mine_held_until_I_choose_and_either_choice_copies_that_fact_alone()
    {
        var mine = Changed(f =>
        {
            f.OtherAgency = true;
            f.AgencyNote = "Synthetic Refuge";
            f.PeriodOrEvent = "Summer 2025";
        });
        var theirs = Changed(f =>
        {
            f.Version = SavedVersion;
            f.AgencyId = 2;
            f.PeriodOrEvent = "Autumn 2025";
        });

        var result = FindingMerge.Merge(Fields, Opened(), mine, theirs);

        Assert.Equal(
            [new FieldClash(nameof(FindingInput.AgencyId), "Agency", "Other: Synthetic Refuge", "Synthetic Housing"),
             new FieldClash(nameof(FindingInput.PeriodOrEvent), "Period or event it concerns", "Summer 2025", "Autumn 2025")],
            result.Clashes);
        Assert.Equal((true, "Synthetic Refuge", "Summer 2025"), (result.Merged.OtherAgency, result.Merged.AgencyNote, result.Merged.PeriodOrEvent));

        FieldMerge.Use(Fields, result.Merged, theirs, nameof(FindingInput.AgencyId));

        Assert.Equal((2, false, (string?)null, "Summer 2025"),
            (result.Merged.AgencyId, result.Merged.OtherAgency, result.Merged.AgencyNote, result.Merged.PeriodOrEvent));

        FieldMerge.Use(Fields, result.Merged, mine, nameof(FindingInput.AgencyId));

        Assert.Equal((true, "Synthetic Refuge"), (result.Merged.OtherAgency, result.Merged.AgencyNote));
    }

    /// <summary>A draft kept before the form recorded what it opened: nothing of theirs may replace what the user typed unseen.</summary>
    [Fact]
    public void Without_what_I_opened_every_difference_is_a_clash_and_nothing_is_taken()
    {
        var mine = Changed(f => f.Narrative = "My longer narrative.");
        var theirs = Changed(f =>
        {
            f.Version = SavedVersion;
            f.ThemeIds = [Coercion, Retired];
        });

        var result = FindingMerge.Merge(Fields, opened: null, mine, theirs);

        Assert.Empty(result.TakenFromThem);
        Assert.Equal(["Narrative", "Themes"], result.Clashes.Select(c => c.Label));
        Assert.Equal(("Coercive control", "A retired theme, Coercive control"), (result.Clashes[1].Yours, result.Clashes[1].Theirs));
        Assert.Equal(("My longer narrative.", SavedVersion), (result.Merged.Narrative, result.Merged.Version));
    }

    [Fact]
    public void The_same_themes_in_another_order_and_text_differing_only_in_spaces_are_no_change()
    {
        var opened = Changed(f => f.ThemeIds = [Coercion, Isolation]);
        var mine = Changed(f => f.ThemeIds = [Isolation, Coercion]);
        var theirs = Changed(f =>
        {
            f.ThemeIds = [Coercion, Isolation];
            f.PeriodOrEvent = " Spring 2025 ";
        });

        var result = FindingMerge.Merge(Fields, opened, mine, theirs);

        Assert.Empty(result.Clashes);
        Assert.Empty(result.TakenFromThem);
    }

    /// <summary>A property added to the form but not to the merge would be overwritten silently when two people save.</summary>
    [Fact]
    public void Every_property_of_the_form_is_merged_or_is_the_version()
    {
        string[] covered = [.. Fields.Select(f => f.Name), nameof(FindingInput.OtherAgency), nameof(FindingInput.AgencyNote), nameof(FindingInput.Version)];

        Assert.Equal(typeof(FindingInput).GetProperties().Select(p => p.Name).Order(), covered.Order());
        var source = Opened();
        var copy = FindingMerge.Copy(source);
        Assert.All(typeof(FindingInput).GetProperties().Where(p => p.PropertyType != typeof(List<Guid>)),
            p => Assert.Equal(p.GetValue(source), p.GetValue(copy)));
        Assert.Equal(source.ThemeIds, copy.ThemeIds);
        Assert.NotSame(source.ThemeIds, copy.ThemeIds); // choosing in the copy must not change what the user typed
    }
}
