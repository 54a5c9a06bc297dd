namespace DhrTracker.Core.Actions;

/// <summary>A dated progress note. Append-only: a correction is a new update.</summary>
public sealed class ActionUpdate
{
    public Guid Id { get; set; }
    public Guid ActionId { get; set; }
    public DateOnly Date { get; set; }
    public string Text { get; set; } = "";
    public string ByUserId { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
