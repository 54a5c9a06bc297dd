namespace DhrTracker.Core.Reviews.Qa;

/// <summary>Marking an area done: when, and how the report was changed to meet it.</summary>
public sealed class QaAreaDoneInput
{
    public Guid? Version { get; set; }
    public DateOnly? DoneOn { get; set; }
    public string? HowAddressed { get; set; }
}
