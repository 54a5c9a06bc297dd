namespace DhrTracker.Core.Reviews;

public sealed class PauseReviewInput
{
    public Guid Version { get; set; }
    public PauseReason? Reason { get; set; }
    public DateOnly? StartDate { get; set; }
    public string? Note { get; set; }
}
