namespace DhrTracker.Core.Partnerships;

/// <summary>A new version of the statutory timescales, as an Administrator adds it (ADR 0355).</summary>
public sealed class TimescaleVersionInput
{
    public int PartnershipId { get; set; }
    public DateOnly? EffectiveFrom { get; set; }
    public int DecisionDueMonths { get; set; } = 1;
    public int ReportDueMonths { get; set; } = 6;
    public string? Reason { get; set; }

    /// <summary>
    /// How many open reviews the Administrator was told this re-dates (an effective date in the past reaches reviews
    /// already notified). The service saves only when it equals the number it finds, so nobody re-dates reviews unawares.
    /// </summary>
    public int? ConfirmedRedatedReviews { get; set; }
}
