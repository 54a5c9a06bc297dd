namespace DhrTracker.Core.Reviews;

/// <summary>What a coordinator types to log a newly notified death. Mutable so a form can bind to it.</summary>
public sealed class NewReviewInput
{
    public string Reference { get; set; } = "";
    public DateOnly? DateOfDeath { get; set; }
    public DateOnly? DateNotified { get; set; }
}
