namespace DhrTracker.Core.Panel;

/// <summary>
/// Whether one panel seat came to one meeting. Names are copied at the time, not linked, so the
/// record of who came stays true after a seat is removed or an account renamed.
/// </summary>
public sealed class PanelMeetingAttendance
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? AgencyName { get; set; }
    public PanelRole Role { get; set; }
    public Attendance Attendance { get; set; }
}

public enum Attendance
{
    Attended,
    Apologies,
    Absent,
}
