namespace DhrTracker.Core.Actions;

/// <summary>
/// A progress note, optionally with one evidence file (described by <see cref="EvidenceDescription"/>), and the
/// status and RAG as the poster now judges them. A null <see cref="Status"/> moves with the work (Not started
/// becomes In progress); a null <see cref="Rag"/> leaves it as it was (ADR 0380).
/// </summary>
public sealed class ProgressUpdateInput
{
    public DateOnly? Date { get; set; }
    public string Text { get; set; } = "";
    public string? EvidenceDescription { get; set; }
    public ActionStatus? Status { get; set; }
    public ActionRag? Rag { get; set; }
}
