using DhrTracker.Core.Actions;
using DhrTracker.Core.Common;
using DhrTracker.UnitTests.Common;

namespace DhrTracker.UnitTests.Actions;

/// <summary>A coordinator and a manager edit one recommendation at once: neither loses a fact (R19, ADR 0408).</summary>
public sealed class RecommendationMergeTests
{
    private static readonly Guid SavedVersion = Guid.NewGuid();
    private static readonly Guid Training = Guid.NewGuid();
    private static readonly Guid Housing = Guid.NewGuid();
    private static readonly Guid FindingOne = Guid.NewGuid();

    private static readonly IReadOnlyList<MergeField<RecommendationInput>> Fields = RecommendationMerge.Fields(
        new Dictionary<int, string> { [1] = "Police" },
        new Dictionary<Guid, string> { [Training] = "Training", [Housing] = "Housing" },
        new Dictionary<Guid, string> { [FindingOne] = "Finding 1 (Missed opportunity)" });

    private static RecommendationInput Opened() => new()
    {
        Version = Guid.NewGuid(),
        Number = 1,
        Text = "Agencies should share risk information (synthetic).",
        Scope = RecommendationScope.Local,
        MadeOn = new DateOnly(2026, 9, 1),
        ThemeIds = [Training],
    };

    [Fact]
    public void The_findings_they_linked_are_taken_my_wording_is_kept_and_the_themes_we_both_changed_are_mine_until_I_choose()
    {
        var opened = Opened();
        var mine = opened.Copy();
        mine.Text = "Agencies should share risk information within a day (synthetic).";
        mine.ThemeIds.Add(Housing);
        var theirs = opened.Copy();
        theirs.Version = SavedVersion;
        theirs.FindingIds = [FindingOne];
        theirs.ThemeIds = [];

        var result = RecommendationMerge.Merge(Fields, opened, mine, theirs);

        Assert.Equal(["Findings it answers"], result.TakenFromThem);
        Assert.Equal(new FieldClash(nameof(RecommendationInput.ThemeIds), "Themes", "Housing; Training", "None"), Assert.Single(result.Clashes));
        Assert.Equal(("Agencies should share risk information within a day (synthetic).", (Guid?)SavedVersion), (result.Merged.Text, result.Merged.Version));
        Assert.Equal([FindingOne], result.Merged.FindingIds);
        Assert.Equal([Training, Housing], result.Merged.ThemeIds);
    }

    [Fact]
    public void Themes_in_another_order_are_no_change_and_the_merge_never_shares_a_list_with_either_side()
    {
        var opened = Opened();
        opened.ThemeIds = [Training, Housing];
        var mine = opened.Copy();
        mine.ThemeIds = [Housing, Training];
        var theirs = opened.Copy();
        theirs.Version = SavedVersion;

        var result = RecommendationMerge.Merge(Fields, opened, mine, theirs);

        Assert.Empty(result.Clashes);
        Assert.Empty(result.TakenFromThem);
        result.Merged.ThemeIds.Clear();
        Assert.Equal(2, mine.ThemeIds.Count);
    }

    [Fact]
    public void Every_fact_of_the_form_is_merged_and_copied_by_itself() =>
        MergeFieldChecks.EveryPropertyIsMergedAndCopiedAlone(Fields, nameof(RecommendationInput.Version));
}
