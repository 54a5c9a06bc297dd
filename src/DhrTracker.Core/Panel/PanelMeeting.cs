namespace DhrTracker.Core.Panel;

/// <summary>A meeting of a review's panel: when and where, its agenda and minutes (review documents) and who came.</summary>
public sealed class PanelMeeting : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }

    /// <summary>Start as an instant; shown and entered in UK local time.</summary>
    public DateTime StartsUtc { get; set; }

    public int DurationMinutes { get; set; } = 120;

    /// <summary>A room, or "Online" with the joining route; never case content.</summary>
    public string? Location { get; set; }

    public string? Purpose { get; set; }
    public Guid? AgendaDocumentId { get; set; }
    public Guid? MinutesDocumentId { get; set; }

    /// <summary>Set when the meeting was called off; the row stays so the record shows it.</summary>
    public bool Cancelled { get; set; }

    public List<PanelMeetingAttendance> Attendance { get; set; } = [];

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
