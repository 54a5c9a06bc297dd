namespace DhrTracker.Core.National;

/// <summary>
/// The national figures the briefing's JSON contract carries: percentages over incidents of the loaded
/// national data set (a flag counts where it is true; the base is the incidents where it is known).
/// </summary>
public sealed record NationalSummary(
    int Incidents,
    decimal? PartnerPercent,
    decimal? FamilialPercent,
    decimal? ChildrenPresentPercent,
    decimal? CoerciveControlPercent);
