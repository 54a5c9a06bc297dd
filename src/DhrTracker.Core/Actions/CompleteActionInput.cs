namespace DhrTracker.Core.Actions;

public sealed class CompleteActionInput
{
    public Guid? Version { get; set; }
    public string Outcome { get; set; } = "";
}
