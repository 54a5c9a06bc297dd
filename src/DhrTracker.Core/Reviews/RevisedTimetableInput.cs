namespace DhrTracker.Core.Reviews;

/// <summary>An agreed revised target date for completing the report, as a Coordinator records it (issue 13 item 10).</summary>
public sealed class RevisedTimetableInput
{
    /// <summary>The review's version the Coordinator saw.</summary>
    public Guid Version { get; set; }

    public DateOnly? RevisedTargetDate { get; set; }
    public string? Reason { get; set; }
    public DateOnly? AgreedOn { get; set; }
}
