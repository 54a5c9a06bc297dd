using DhrTracker.Core.Findings;

namespace DhrTracker.UnitTests.Findings;

public sealed class FindingGroupingTests
{
    private static readonly ThemeTag Curiosity = new(Guid.NewGuid(), "Professional curiosity", "Professional practice");
    private static readonly ThemeTag Alcohol = new(Guid.NewGuid(), "Alcohol", "Victim context");

    private static FindingAgency Register(int id, string name) => new(id, name, false, null);

    private static FindingView Finding(FindingType type, FindingAgency? agency, params ThemeTag[] themes) =>
        new(Guid.NewGuid(), type, agency ?? FindingAgency.None, "narrative", null, themes, Guid.NewGuid(), DateTime.UtcNow);

    [Fact]
    public void By_agency_groups_by_register_agency_with_each_other_and_unmatched_in_one_group_and_no_agency_last()
    {
        var findings = new[]
        {
            Finding(FindingType.GoodPractice, null, Curiosity), Finding(FindingType.MissedOpportunity, Register(1, "Police"), Curiosity),
            Finding(FindingType.AreaForImprovement, Register(1, "Police"), Alcohol), Finding(FindingType.OtherLearning, Register(2, "GP"), Alcohol),
            Finding(FindingType.OtherLearning, new FindingAgency(null, null, true, "Local charity"), Alcohol),
            Finding(FindingType.OtherLearning, new FindingAgency(null, null, true, "Tenants' association"), Alcohol),
            Finding(FindingType.OtherLearning, new FindingAgency(null, null, false, "GP practice"), Alcohol),
        };

        var groups = FindingGrouping.Group(findings, FindingGroupBy.Agency);

        Assert.Equal(["Agency not yet matched to the register", "GP", "Other agency (not on the register)", "Police", FindingGrouping.NoAgency],
            groups.Select(g => g.Heading));
        Assert.Equal([1, 1, 2, 2, 1], groups.Select(g => g.Findings.Count));
    }

    [Fact]
    public void By_theme_a_finding_with_two_themes_appears_under_both()
    {
        var both = Finding(FindingType.MissedOpportunity, Register(1, "Police"), Curiosity, Alcohol);

        var groups = FindingGrouping.Group([both], FindingGroupBy.Theme);

        Assert.Equal(["Alcohol", "Professional curiosity"], groups.Select(g => g.Heading));
        Assert.All(groups, g => Assert.Equal(both.Id, Assert.Single(g.Findings).Id));
    }

    [Fact]
    public void The_type_filter_keeps_only_that_type()
    {
        var findings = new[] { Finding(FindingType.GoodPractice, Register(3, "Housing"), Curiosity), Finding(FindingType.MissedOpportunity, Register(1, "Police"), Curiosity) };

        var groups = FindingGrouping.Group(findings, FindingGroupBy.Agency, FindingType.GoodPractice);

        Assert.Equal("Housing", Assert.Single(groups).Heading);
    }
}
