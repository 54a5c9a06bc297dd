using DhrTracker.Core.Learning;

namespace DhrTracker.UnitTests.Learning;

public sealed class ThemeCounterTests
{
    private static readonly Guid Review1 = Guid.NewGuid(), Review2 = Guid.NewGuid();
    private static readonly Guid F1 = Guid.NewGuid(), F2 = Guid.NewGuid(), F3 = Guid.NewGuid();
    private static readonly Guid Curiosity = Guid.NewGuid(), Enquiry = Guid.NewGuid(), Retired = Guid.NewGuid();

    private static readonly Dictionary<Guid, Guid> NoMerges = new() { [Curiosity] = Curiosity, [Enquiry] = Enquiry, [Retired] = Retired };

    [Fact]
    public void A_review_counts_once_for_a_theme_that_is_both_key_and_on_its_findings()
    {
        ThemeUse[] uses = [new(Review1, Curiosity, null), new(Review1, Curiosity, F1), new(Review1, Curiosity, F2), new(Review2, Curiosity, F3)];

        var tally = ThemeCounter.Count(uses, NoMerges)[Curiosity];

        Assert.Equal((2, 3), (tally.Reviews, tally.Findings));
    }

    [Fact]
    public void A_key_theme_alone_counts_its_review_but_no_finding()
    {
        var tally = ThemeCounter.Count([new ThemeUse(Review1, Enquiry, null)], NoMerges)[Enquiry];

        Assert.Equal((1, 0), (tally.Reviews, tally.Findings));
    }

    [Fact]
    public void After_a_merge_the_merged_themes_uses_count_under_the_target_without_double_counting()
    {
        var merged = new Dictionary<Guid, Guid> { [Curiosity] = Curiosity, [Enquiry] = Curiosity };
        ThemeUse[] uses = [new(Review1, Curiosity, F1), new(Review1, Enquiry, F1), new(Review2, Enquiry, F2), new(Review2, Enquiry, null)];

        var tallies = ThemeCounter.Count(uses, merged);

        Assert.Equal((2, 2), (tallies[Curiosity].Reviews, tallies[Curiosity].Findings));
        Assert.False(tallies.ContainsKey(Enquiry));
    }

    [Fact]
    public void A_retired_theme_keeps_its_counts()
    {
        var tally = ThemeCounter.Count([new ThemeUse(Review1, Retired, F1), new ThemeUse(Review2, Retired, F2)], NoMerges)[Retired];

        Assert.Equal((2, 2), (tally.Reviews, tally.Findings));
    }

    [Fact]
    public void Reviews_are_split_by_category_when_categories_are_known()
    {
        var categories = new Dictionary<Guid, string> { [Review1] = "Partner", [Review2] = "Familial" };
        ThemeUse[] uses = [new(Review1, Curiosity, F1), new(Review2, Curiosity, F2), new(Review2, Curiosity, F3)];

        var tally = ThemeCounter.Count(uses, NoMerges, categories)[Curiosity];

        Assert.Equal(1, tally.ReviewsByCategory["Partner"]);
        Assert.Equal(1, tally.ReviewsByCategory["Familial"]);
        Assert.False(tally.ReviewsByCategory.ContainsKey("Household"));
    }
}
