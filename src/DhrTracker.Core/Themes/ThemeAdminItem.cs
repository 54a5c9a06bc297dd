namespace DhrTracker.Core.Themes;

/// <summary>A row of the taxonomy page, retired and merged themes included so their history stays visible.</summary>
public sealed record ThemeAdminItem(
    Guid Id,
    string Category,
    string Name,
    string Keywords,
    bool IsRetired,
    string? MergedInto,
    Guid Version)
{
    public bool IsActive => !IsRetired && MergedInto is null;
}
