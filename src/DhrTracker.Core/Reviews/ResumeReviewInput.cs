namespace DhrTracker.Core.Reviews;

public sealed class ResumeReviewInput
{
    public Guid Version { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Note { get; set; }
}
