using DhrTracker.Core.Partnerships;

namespace DhrTracker.Core.Themes;

/// <summary>
/// One theme of a partnership's taxonomy. Themes are never deleted: a retired theme keeps its
/// findings but cannot be given to new ones, and a merged theme's findings count under the theme
/// it was merged into (<see cref="MergedIntoThemeId"/>), so historic counts survive a tidy-up.
/// </summary>
public sealed class Theme : IVersioned
{
    public const int NameMaxLength = 120;
    public const int KeywordsMaxLength = 1000;

    public Guid Id { get; set; }
    public int PartnershipId { get; set; }
    public Partnership? Partnership { get; set; }
    public Guid CategoryId { get; set; }
    public ThemeCategory? Category { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Extra words that suggest this theme when they appear in a finding, separated by commas.</summary>
    public string Keywords { get; set; } = "";

    public bool IsRetired { get; set; }
    public Guid? MergedIntoThemeId { get; set; }
    public int SortOrder { get; set; }

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>May be given to a new finding or key theme.</summary>
    public bool IsActive => !IsRetired && MergedIntoThemeId is null;
}
