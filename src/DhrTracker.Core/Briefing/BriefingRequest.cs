namespace DhrTracker.Core.Briefing;

/// <summary>
/// The partnership and period of a briefing. Null ends mean "from the first review" / "to today";
/// both null is all time. A review counts when its date notified falls in the period, ends included.
/// </summary>
public sealed record BriefingRequest(int PartnershipId, DateOnly? From = null, DateOnly? To = null);
