using DhrTracker.Core.Common;
using DhrTracker.Core.Panel;

namespace DhrTracker.Web.Components.Pages.Reviews.Meetings;

/// <summary>A meeting's time as UK users read it: "3 Dec 2026 10:00-11:30".</summary>
public static class MeetingTime
{
    public static string Of(DateTime startsUtc, int durationMinutes) =>
        $"{UkDates.FormatUtc(startsUtc)}-{MeetingTimes.ToLocal(startsUtc.AddMinutes(durationMinutes)):HH:mm}";

    public static string Duration(int minutes) => minutes % 60 == 0
        ? $"{minutes / 60} {(minutes == 60 ? "hour" : "hours")}"
        : minutes < 60 ? $"{minutes} minutes" : $"{minutes / 60} h {minutes % 60} min";
}
