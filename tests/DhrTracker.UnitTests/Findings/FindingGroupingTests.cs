using DhrTracker.Core.Findings;

namespace DhrTracker.UnitTests.Findings;

public sealed class FindingGroupingTests
{
    private static readonly ThemeTag Curiosity = new(Guid.NewGuid(), "Professional curiosity", "Professional practice");
    private static readonly ThemeTag Alcohol = new(Guid.NewGuid(), "Alcohol", "Victim context");

    private static FindingView Finding(FindingType type, string? agency, params ThemeTag[] themes) =>
        new(Guid.NewGuid(), type, agency, "narrative", null, themes, Guid.NewGuid(), DateTime.UtcNow);

    [Fact]
    public void By_agency_groups_case_insensitively_with_no_agency_last()
    {
        var findings = new[] { Finding(FindingType.GoodPractice, null, Curiosity), Finding(FindingType.MissedOpportunity, "Police", Curiosity),
            Finding(FindingType.AreaForImprovement, "police ", Alcohol), Finding(FindingType.OtherLearning, "GP practice", Alcohol) };

        var groups = FindingGrouping.Group(findings, FindingGroupBy.Agency);

        Assert.Equal(["GP practice", "Police", FindingGrouping.NoAgency], groups.Select(g => g.Heading));
        Assert.Equal(2, groups[1].Findings.Count);
    }

    [Fact]
    public void By_theme_a_finding_with_two_themes_appears_under_both()
    {
        var both = Finding(FindingType.MissedOpportunity, "Police", Curiosity, Alcohol);

        var groups = FindingGrouping.Group([both], FindingGroupBy.Theme);

        Assert.Equal(["Alcohol", "Professional curiosity"], groups.Select(g => g.Heading));
        Assert.All(groups, g => Assert.Equal(both.Id, Assert.Single(g.Findings).Id));
    }

    [Fact]
    public void The_type_filter_keeps_only_that_type()
    {
        var findings = new[] { Finding(FindingType.GoodPractice, "Housing", Curiosity), Finding(FindingType.MissedOpportunity, "Police", Curiosity) };

        var groups = FindingGrouping.Group(findings, FindingGroupBy.Agency, FindingType.GoodPractice);

        Assert.Equal("Housing", Assert.Single(groups).Heading);
    }
}
