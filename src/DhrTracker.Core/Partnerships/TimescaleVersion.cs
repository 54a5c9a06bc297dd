namespace DhrTracker.Core.Partnerships;

/// <summary>
/// Statutory timescales that apply to reviews notified on or after <see cref="EffectiveFrom"/>, so a
/// change of law or local practice never re-dates a running review (DHR-PRIMER section 8).
/// </summary>
public sealed class TimescaleVersion
{
    public int Id { get; set; }
    public int PartnershipId { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public int DecisionDueMonths { get; set; }
    public int ReportDueMonths { get; set; }

    /// <summary>Why it changed (e.g. "Revised statutory guidance 2026").</summary>
    public string? Reason { get; set; }

    public string CreatedByUserId { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
