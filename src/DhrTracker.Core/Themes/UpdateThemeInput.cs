namespace DhrTracker.Core.Themes;

/// <summary>Rename a theme or change its keywords; <see cref="Version"/> is the one the administrator loaded.</summary>
public sealed class UpdateThemeInput
{
    public string Name { get; set; } = "";
    public string Keywords { get; set; } = "";
    public Guid Version { get; set; }
}
