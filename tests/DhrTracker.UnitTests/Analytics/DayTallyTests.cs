using DhrTracker.Core.Analytics;

namespace DhrTracker.UnitTests.Analytics;

public sealed class DayTallyTests
{
    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value_and_of_an_even_count_halfway_between_the_two()
    {
        var odd = new DayTally();
        foreach (var days in new[] { 46, 9, 22, 16, 19 })
        {
            odd.Add(days, days <= 30);
        }

        var even = new DayTally();
        even.Add(254, false);
        even.Add(175, true);

        Assert.Equal((19m, 46m, 5, 4, 1), (odd.Median, odd.Longest, odd.Reviews, odd.Within, odd.Beyond));
        Assert.Equal((214.5m, 254m, 2, 1, 1), (even.Median, even.Longest, even.Reviews, even.Within, even.Beyond));
    }

    [Fact]
    public void Repeated_days_count_once_per_review_and_no_clock_counts_neither_within_nor_beyond()
    {
        var tally = new DayTally();
        tally.Add(10, null);
        tally.Add(10, null);
        tally.Add(30, null);

        Assert.Equal((10m, 30m, 3, 0, 0), (tally.Median, tally.Longest, tally.Reviews, tally.Within, tally.Beyond));
    }

    [Fact]
    public void An_empty_tally_has_no_median_and_no_longest()
    {
        var tally = new DayTally();

        Assert.Equal((null, null, 0), (tally.Median, tally.Longest, tally.Reviews));
    }
}
