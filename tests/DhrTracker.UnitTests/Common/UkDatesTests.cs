using DhrTracker.Core.Common;

namespace DhrTracker.UnitTests.Common;

/// <summary>UK calendar dates of stored instants: in summer (BST, UTC+1) the UK day starts at 23:00 UTC the day before.</summary>
public class UkDatesTests
{
    [Theory]
    [InlineData("2026-06-30T23:30:00", "2026-07-01")] // BST: already 1 Jul in London
    [InlineData("2026-06-30T22:59:59", "2026-06-30")]
    [InlineData("2026-12-31T23:30:00", "2026-12-31")] // GMT: UTC and London agree
    [InlineData("2026-03-29T00:30:00", "2026-03-29")] // the night the clocks go forward (01:00 UTC)
    [InlineData("2026-10-24T23:15:00", "2026-10-25")] // still BST until 01:00 UTC on 25 Oct
    public void A_stored_instant_falls_on_its_UK_calendar_date(string utc, string expected)
    {
        var instant = DateTime.SpecifyKind(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), UkDates.DateInUk(instant));
    }

    [Fact]
    public void A_UK_day_in_summer_begins_at_11pm_UTC_the_day_before()
    {
        Assert.Equal(new DateTime(2026, 6, 30, 23, 0, 0, DateTimeKind.Utc), UkDates.StartOfDayUtc(new DateOnly(2026, 7, 1)));
        Assert.Equal(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), UkDates.StartOfDayUtc(new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void Dates_read_the_UK_way()
    {
        Assert.Equal("26 Nov 2026", UkDates.Format(new DateOnly(2026, 11, 26)));
        Assert.Equal("", UkDates.Format((DateOnly?)null));
    }
}
