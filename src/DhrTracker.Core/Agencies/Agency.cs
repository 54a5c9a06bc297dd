using DhrTracker.Core.Partnerships;

namespace DhrTracker.Core.Agencies;

/// <summary>An agency on the partnership's register. Retired rather than deleted, so past reviews keep their names.</summary>
public sealed class Agency : IVersioned
{
    public int Id { get; set; }
    public int PartnershipId { get; set; }
    public Partnership? Partnership { get; set; }
    public string Name { get; set; } = "";
    public bool IsActive { get; set; } = true;

    /// <summary>The agency's single point of contact for reviews: requests and chases go to them.</summary>
    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
