namespace DhrTracker.Core.Reviews;

/// <summary>A parallel proceeding as the Summary tab edits it; <see cref="Id"/> is null for a new one.</summary>
public sealed class ProceedingInput
{
    public Guid? Id { get; set; }
    public Guid Version { get; set; }
    public ProceedingType? Type { get; set; }
    public ProceedingStatus? Status { get; set; }
    public string? Description { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? NextKeyDate { get; set; }
    public DateOnly? ConcludedDate { get; set; }
}
