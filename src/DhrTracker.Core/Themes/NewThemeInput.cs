namespace DhrTracker.Core.Themes;

/// <summary>A theme an administrator adds; a category name not yet in the taxonomy starts a new category.</summary>
public sealed class NewThemeInput
{
    public string CategoryName { get; set; } = "";
    public string Name { get; set; } = "";
    public string Keywords { get; set; } = "";
}
