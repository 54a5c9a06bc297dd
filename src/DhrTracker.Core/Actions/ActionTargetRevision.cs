namespace DhrTracker.Core.Actions;

/// <summary>A moved target date and why: boards ask how often, and why, a deadline slipped.</summary>
public sealed class ActionTargetRevision
{
    public Guid Id { get; set; }
    public Guid ActionId { get; set; }
    public DateOnly FromDate { get; set; }
    public DateOnly ToDate { get; set; }
    public string Reason { get; set; } = "";
    public string ByUserId { get; set; } = "";
    public DateTime ChangedUtc { get; set; }
}
