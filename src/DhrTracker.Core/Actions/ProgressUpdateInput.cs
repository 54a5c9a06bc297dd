namespace DhrTracker.Core.Actions;

/// <summary>A progress note, optionally with one evidence file (described by <see cref="EvidenceDescription"/>).</summary>
public sealed class ProgressUpdateInput
{
    public DateOnly? Date { get; set; }
    public string Text { get; set; } = "";
    public string? EvidenceDescription { get; set; }
}
