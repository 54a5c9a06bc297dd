namespace DhrTracker.Core.Reviews;

/// <summary>What a coordinator types to log a newly notified death. Mutable so a form can bind to it.</summary>
public sealed class NewReviewInput
{
    /// <summary>Offered as the partnership's next running number; editable for historic reviews.</summary>
    public string Reference { get; set; } = "";
    public DateOnly? DateOfDeath { get; set; }
    public DateOnly? DateNotified { get; set; }
    public string? NotifyingAgency { get; set; }

    /// <summary>How the death came to the partnership; a Secretary of State direction means the review must be held.</summary>
    public NotificationSource NotificationSource { get; set; } = NotificationSource.Agency;
}
