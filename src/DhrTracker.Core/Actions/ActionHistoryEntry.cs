namespace DhrTracker.Core.Actions;

/// <summary>
/// The action's tracked state after each change, append-only: the source of "the plan as it stood
/// on a date" for board papers (ADR 0251).
/// </summary>
public sealed class ActionHistoryEntry
{
    public long Id { get; set; }
    public Guid ActionId { get; set; }
    public DateTime AtUtc { get; set; }
    public ActionStatus Status { get; set; }
    public ActionRag Rag { get; set; }
    public DateOnly TargetDate { get; set; }
    public bool SignedOff { get; set; }

    public static ActionHistoryEntry Of(ActionItem a, DateTime atUtc) => new()
    {
        ActionId = a.Id,
        AtUtc = atUtc,
        Status = a.Status,
        Rag = a.Rag,
        TargetDate = a.TargetDate,
        SignedOff = a.SignedOffUtc is not null,
    };
}
