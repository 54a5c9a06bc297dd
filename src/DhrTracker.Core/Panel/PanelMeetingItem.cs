namespace DhrTracker.Core.Panel;

/// <summary>One meeting as the meetings tab shows it; times are UTC, shown in UK time.</summary>
public sealed record PanelMeetingItem(
    Guid Id,
    DateTime StartsUtc,
    int DurationMinutes,
    string? Location,
    string? Purpose,
    MeetingDocument? Agenda,
    MeetingDocument? Minutes,
    bool Cancelled,
    bool HasStarted,
    IReadOnlyList<AttendanceItem> Attendance,
    Guid Version);

/// <summary>A review document chosen as a meeting's agenda or minutes, with its latest version for the download link.</summary>
public sealed record MeetingDocument(Guid Id, string Title, Guid? LatestVersionId);

/// <summary>Attendance as recorded: name, agency and role copied at the time.</summary>
public sealed record AttendanceItem(string UserId, string Name, string? AgencyName, PanelRole Role, Attendance Attendance);
