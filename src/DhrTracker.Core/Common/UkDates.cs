using System.Globalization;

namespace DhrTracker.Core.Common;

/// <summary>Dates as UK public-sector users read them: "26 Nov 2026", times in Europe/London.</summary>
public static class UkDates
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Format(DateOnly date) => date.ToString("d MMM yyyy", UkCulture);

    public static string Format(DateOnly? date) => date is { } d ? Format(d) : "";

    public static string FormatUtc(DateTime utc) => FormatLocal(LocalTime(utc));

    /// <summary>"26 Nov 2026 14:05" for a clock time already in London.</summary>
    public static string FormatLocal(DateTime local) => local.ToString("d MMM yyyy HH:mm", UkCulture);

    /// <summary>The clock time in London of a stored UTC instant (for a spreadsheet's date-time cell).</summary>
    public static DateTime LocalTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    /// <summary>The instant (UTC) a UK calendar day begins: 1 Jul 2026 begins at 30 Jun 2026 23:00 UTC.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), London);

    /// <summary>The UK calendar date of a stored UTC instant (23:30 UTC on 30 Jun is 1 Jul in London).</summary>
    public static DateOnly DateInUk(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London));

    /// <summary>The calendar date in the UK at the given instant (midnight in London is not midnight UTC in summer).</summary>
    public static DateOnly TodayInUk(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), London).DateTime);
}
