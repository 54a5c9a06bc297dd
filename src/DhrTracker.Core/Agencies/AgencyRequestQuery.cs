namespace DhrTracker.Core.Agencies;

/// <summary>Filters of the partnership-wide requests list; <see cref="Overdue"/> is the dashboard's link and count.</summary>
public sealed record AgencyRequestQuery(bool Overdue = false);
