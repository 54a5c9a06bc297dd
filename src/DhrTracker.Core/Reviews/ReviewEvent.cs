namespace DhrTracker.Core.Reviews;

/// <summary>One line of a review's timeline: a move, a pause or a resumption, who made it and why.</summary>
public sealed class ReviewEvent
{
    public long Id { get; set; }
    public Guid ReviewId { get; set; }
    public DateTime AtUtc { get; set; }
    public string UserId { get; set; } = "";

    /// <summary>Name at the time, so the timeline still reads correctly after an account is renamed or removed.</summary>
    public string UserName { get; set; } = "";

    public ReviewEventKind Kind { get; set; }
    public ReviewMove? Move { get; set; }
    public ReviewStage? FromStage { get; set; }
    public ReviewStage? ToStage { get; set; }
    public PauseReason? PauseReason { get; set; }

    /// <summary>The date the event took effect (decision date, pause start...), when it differs from the day it was entered.</summary>
    public DateOnly? EffectiveDate { get; set; }

    public string? Note { get; set; }
}
