namespace DhrTracker.Core.Panel;

/// <summary>A panel meeting as the form enters it: date and start time in UK local time (stored as UTC).</summary>
public sealed class PanelMeetingInput
{
    /// <summary>The version the user loaded; null when adding.</summary>
    public Guid? Version { get; set; }

    public DateOnly? Date { get; set; }
    public TimeOnly? StartTime { get; set; }
    public int DurationMinutes { get; set; } = 120;
    public string? Location { get; set; }
    public string? Purpose { get; set; }

    /// <summary>Documents of the same review.</summary>
    public Guid? AgendaDocumentId { get; set; }

    public Guid? MinutesDocumentId { get; set; }
}
