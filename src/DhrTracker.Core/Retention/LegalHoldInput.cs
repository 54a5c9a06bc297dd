namespace DhrTracker.Core.Retention;

/// <summary>Placing a legal hold on a review, as a Coordinator fills it in.</summary>
public sealed class LegalHoldInput
{
    /// <summary>The review's version the Coordinator saw, so a hold is never placed on a review changed meanwhile.</summary>
    public Guid Version { get; set; }

    public string? Reason { get; set; }
    public DateOnly? Since { get; set; }
}
