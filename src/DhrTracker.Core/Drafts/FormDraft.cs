namespace DhrTracker.Core.Drafts;

/// <summary>
/// What one user had typed into one form and not yet saved, kept on the server so that a dropped connection, a closed
/// tab or a restart loses at most the last few seconds (R23). Only its author ever reads it back.
/// </summary>
public sealed class FormDraft
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public Guid ReviewId { get; set; }
    public DraftForm Form { get; set; }

    /// <summary>The record being edited, or <see cref="Guid.Empty"/> while adding (not null, so the unique key holds on SQL Server too).</summary>
    public Guid RecordId { get; set; }

    /// <summary>The form's input model as JSON, exactly as the form would send it to its service.</summary>
    public string Content { get; set; } = "";

    public DateTime SavedUtc { get; set; }
}
