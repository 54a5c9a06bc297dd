using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reviews;

namespace DhrTracker.UnitTests.Partnerships;

/// <summary>A review takes the timescales in force on the day it was notified (ADR 0355).</summary>
public sealed class PartnershipTimescalesTests
{
    private static readonly Partnership Northbridge = new()
    {
        DecisionDueMonths = 1,
        ReportDueMonths = 6,
        AmberWindowDays = 28,
        Timescales =
        [
            new TimescaleVersion { EffectiveFrom = new DateOnly(2027, 1, 1), DecisionDueMonths = 2, ReportDueMonths = 12 },
            new TimescaleVersion { EffectiveFrom = new DateOnly(2026, 4, 1), DecisionDueMonths = 1, ReportDueMonths = 9 },
        ],
    };

    [Theory]
    [InlineData("2026-03-31", 1, 6)]  // the day before the first version: the base timescales
    [InlineData("2026-04-01", 1, 9)]  // on its effective date
    [InlineData("2026-12-31", 1, 9)]  // the day before the second
    [InlineData("2027-01-01", 2, 12)] // on the second's effective date
    [InlineData("2030-06-15", 2, 12)]
    public void A_review_takes_the_version_in_force_on_its_notification_date(string notified, int decisionMonths, int reportMonths)
    {
        var settings = PartnershipTimescales.Of(Northbridge).For(DateOnly.Parse(notified));
        Assert.Equal((decisionMonths, reportMonths, 28), (settings.DecisionDueMonths, settings.ReportDueMonths, settings.AmberWindowDays));
    }

    [Fact]
    public void Deadlines_either_side_of_a_change_differ_by_the_change()
    {
        var timescales = PartnershipTimescales.Of(Northbridge);
        var before = new DateOnly(2026, 12, 31);
        var on = new DateOnly(2027, 1, 1);

        Assert.Equal(new DateOnly(2027, 1, 31), ReviewClocks.DecisionDue(before, timescales.For(before)));
        Assert.Equal(new DateOnly(2027, 3, 1), ReviewClocks.DecisionDue(on, timescales.For(on)));
        Assert.Equal(new DateOnly(2027, 9, 30), ReviewClocks.ReportDue(ReviewDecision.Hold, new DateOnly(2026, 12, 31), timescales.For(before)));
        Assert.Equal(new DateOnly(2028, 1, 1), ReviewClocks.ReportDue(ReviewDecision.Hold, new DateOnly(2027, 1, 1), timescales.For(on)));
    }

    [Fact]
    public void Without_versions_every_review_takes_the_base_timescales()
    {
        var settings = PartnershipTimescales.Of(new Partnership { DecisionDueMonths = 2, ReportDueMonths = 8 }).For(new DateOnly(2026, 1, 1));
        Assert.Equal((2, 8), (settings.DecisionDueMonths, settings.ReportDueMonths));
    }
}
