namespace DhrTracker.Core.Agencies;

public sealed record AgencyItem(int Id, string Name, bool IsActive, Guid Version);
