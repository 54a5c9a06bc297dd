namespace DhrTracker.Core.Actions;

public sealed class CancelActionInput
{
    public Guid? Version { get; set; }
    public string Reason { get; set; } = "";
}
