namespace DhrTracker.Core.Reviews;

/// <summary>A criminal trial, inquest, IOPC investigation or other review running alongside this one.</summary>
public sealed class ParallelProceeding
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public ProceedingType Type { get; set; }
    public ProceedingStatus Status { get; set; }

    /// <summary>E.g. the court, the coroner's area, or which other review (a CSPR, a SAR).</summary>
    public string? Description { get; set; }

    public DateOnly? StartDate { get; set; }

    /// <summary>The next date that matters (hearing, verdict, report due).</summary>
    public DateOnly? NextKeyDate { get; set; }

    public DateOnly? ConcludedDate { get; set; }
}
