namespace DhrTracker.Core.Panel;

/// <summary>Who came to a meeting: one entry per panel seat; a seat left without a value is not recorded.</summary>
public sealed class AttendanceInput
{
    /// <summary>The meeting's version as the user loaded it.</summary>
    public Guid? Version { get; set; }

    public List<AttendanceEntry> Entries { get; set; } = [];
}

public sealed class AttendanceEntry
{
    public string UserId { get; set; } = "";
    public Attendance? Attendance { get; set; }
}
