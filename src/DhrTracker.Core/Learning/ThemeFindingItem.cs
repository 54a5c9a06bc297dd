using DhrTracker.Core.Findings;

namespace DhrTracker.Core.Learning;

/// <summary>A finding under a theme, with the review it belongs to (reference only: no victim details).</summary>
public sealed record ThemeFindingItem(Guid ReviewId, string ReviewReference, Guid FindingId, FindingType Type, FindingAgency Agency,
    string Narrative, string? PeriodOrEvent);
