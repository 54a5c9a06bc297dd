namespace DhrTracker.Core.Agencies;

public sealed record AgencyItem(int Id, string Name, bool IsActive, Guid Version)
{
    /// <summary>The single point of contact; empty when the register has none.</summary>
    public AgencyContact Contact { get; init; } = new(null, null, null);
}
