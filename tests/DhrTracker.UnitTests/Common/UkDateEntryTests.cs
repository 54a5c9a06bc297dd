using DhrTracker.Core.Common;

namespace DhrTracker.UnitTests.Common;

/// <summary>Issue 16: a typed date is read day first whatever the browser's language, and a date that cannot be read says why.</summary>
public class UkDateEntryTests
{
    [Theory]
    [InlineData("26/11/2026", 2026, 11, 26)]
    [InlineData("01/10/2027", 2027, 10, 1)] // a US reader would see 10 January: here it is 1 October
    [InlineData("1/2/2027", 2027, 2, 1)]
    [InlineData("26-11-2026", 2026, 11, 26)]
    [InlineData("26.11.2026", 2026, 11, 26)]
    [InlineData("26 11 2026", 2026, 11, 26)]
    [InlineData(" 26/11/2026 ", 2026, 11, 26)]
    [InlineData("26 Nov 2026", 2026, 11, 26)]
    [InlineData("26 nov. 2026", 2026, 11, 26)]
    [InlineData("26 November 2026", 2026, 11, 26)]
    [InlineData("3 Sept 2026", 2026, 9, 3)]
    [InlineData("1st April 2025", 2025, 4, 1)]
    [InlineData("26-Nov-2026", 2026, 11, 26)]
    [InlineData("2026-11-26", 2026, 11, 26)] // ISO, year first, cannot be mistaken
    [InlineData("29/02/2028", 2028, 2, 29)]
    public void A_date_is_read_day_first(string text, int year, int month, int day)
    {
        Assert.True(UkDateEntry.TryParse(text, "Date of death", out var date, out var problem), problem);

        Assert.Equal(new DateOnly(year, month, day), date);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_box_is_no_date_and_no_problem(string? text)
    {
        Assert.True(UkDateEntry.TryParse(text, "Date of death", out var date, out var problem));

        Assert.Null(date);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("31/02/2026", "Date of death must be a real date, for example 26/11/2026.")]
    [InlineData("29/02/2027", "Date of death must be a real date, for example 26/11/2026.")]
    [InlineData("00/01/2026", "Date of death must be a real date, for example 26/11/2026.")]
    [InlineData("13/13/2026", "Date of death must be a real date, for example 26/11/2026.")]
    [InlineData("10/31/2027", "Date of death must have the day before the month, for example 26/11/2026.")]
    [InlineData("26/11/26", "Date of death must include the year in full, for example 2026.")]
    [InlineData("26/11/202", "Date of death must include the year in full, for example 2026.")]
    [InlineData("26/11/0026", "Date of death must include the year in full, for example 2026.")]
    [InlineData("26 Nov 26", "Date of death must include the year in full, for example 2026.")]
    [InlineData("yesterday", "Date of death must be a date as day, month and year, for example 26/11/2026.")]
    [InlineData("26/11", "Date of death must be a date as day, month and year, for example 26/11/2026.")]
    [InlineData("2026/11/26", "Date of death must be a date as day, month and year, for example 26/11/2026.")]
    [InlineData("26 Novembre 2026", "Date of death must be a date as day, month and year, for example 26/11/2026.")]
    [InlineData("26 No 2026", "Date of death must be a date as day, month and year, for example 26/11/2026.")]
    [InlineData("٢٦/١١/٢٠٢٦", "Date of death must be a date as day, month and year, for example 26/11/2026.")]
    public void A_date_that_cannot_be_read_names_the_field_and_says_what_to_type(string text, string expected)
    {
        Assert.False(UkDateEntry.TryParse(text, "Date of death", out var date, out var problem));

        Assert.Null(date);
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void A_date_box_shows_day_month_year_with_slashes_whatever_the_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // German separates dates with dots: the box's own form must not follow it.
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("03/10/2026", UkDateEntry.Format(new DateOnly(2026, 10, 3)));
            Assert.Equal("", UkDateEntry.Format(null));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
