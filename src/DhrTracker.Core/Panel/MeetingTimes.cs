namespace DhrTracker.Core.Panel;

/// <summary>Meeting times are entered and shown in UK local time and stored as UTC instants.</summary>
public static class MeetingTimes
{
    public const string TimeZoneId = "Europe/London";
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>False for a time the clocks skip (01:00-01:59 on the last Sunday of March).</summary>
    public static bool Exists(DateOnly date, TimeOnly time) => !London.IsInvalidTime(date.ToDateTime(time));

    /// <summary>
    /// The instant a UK local time names. In the hour the clocks go back (which happens twice) the first,
    /// summer-time, occurrence is taken, as a calendar would.
    /// </summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (London.IsAmbiguousTime(local))
        {
            var summerOffset = London.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(local - summerOffset, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, London);
    }

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);
}
