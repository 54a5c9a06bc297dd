using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace DhrTracker.Core.Panel;

/// <summary>
/// A panel meeting as an iCalendar invitation (RFC 5545). It names the review by its reference only, never
/// a victim's name or pseudonym, because calendar entries travel to phones and shared diaries (ADR 0364).
/// </summary>
public static class MeetingInvitation
{
    public const string ContentType = "text/calendar";

    /// <summary>Stable per meeting, so a re-downloaded invitation updates the calendar entry instead of adding one.</summary>
    public static string UidOf(Guid meetingId) => $"panel-meeting-{meetingId:N}@dhrtracker";

    public static string Write(string reference, PanelMeeting meeting, DateTime nowUtc)
    {
        var calendar = new Calendar { ProductId = "-//DhrTracker//Panel meetings//EN" };
        calendar.AddTimeZone(MeetingTimes.TimeZoneId);
        var start = MeetingTimes.ToLocal(meeting.StartsUtc);
        var end = MeetingTimes.ToLocal(meeting.StartsUtc.AddMinutes(meeting.DurationMinutes));
        var summary = $"{reference} panel meeting";
        calendar.Events.Add(new CalendarEvent
        {
            Uid = UidOf(meeting.Id),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)),
            DtStart = new CalDateTime(DateTime.SpecifyKind(start, DateTimeKind.Unspecified), MeetingTimes.TimeZoneId),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(end, DateTimeKind.Unspecified), MeetingTimes.TimeZoneId),
            Summary = meeting.Cancelled ? $"Cancelled: {summary}" : summary,
            Location = meeting.Location,
            Description = meeting.Purpose,
            Status = meeting.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        });
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
