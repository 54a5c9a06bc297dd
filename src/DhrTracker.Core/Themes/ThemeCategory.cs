using DhrTracker.Core.Partnerships;

namespace DhrTracker.Core.Themes;

/// <summary>A heading of a partnership's theme taxonomy, e.g. "Professional practice".</summary>
public sealed class ThemeCategory
{
    public Guid Id { get; set; }
    public int PartnershipId { get; set; }
    public Partnership? Partnership { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Order on screens: the primer's order for seeded categories, then as added.</summary>
    public int SortOrder { get; set; }
}
