namespace DhrTracker.Core.Themes;

/// <summary>Merge one theme into another; <see cref="Version"/> is the merged theme's version as loaded.</summary>
public sealed class MergeThemesInput
{
    public Guid? TargetThemeId { get; set; }
    public Guid Version { get; set; }
}
