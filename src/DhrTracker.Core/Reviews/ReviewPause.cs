namespace DhrTracker.Core.Reviews;

/// <summary>A period in which the review stood still. Open while <see cref="EndDate"/> is null.</summary>
public sealed class ReviewPause
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public PauseReason Reason { get; set; }
    public string? Note { get; set; }
}
