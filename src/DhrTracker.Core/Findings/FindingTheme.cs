namespace DhrTracker.Core.Findings;

/// <summary>A theme given to a finding. Kept as given when the theme is later retired or merged.</summary>
public sealed class FindingTheme
{
    public Guid FindingId { get; set; }
    public Finding? Finding { get; set; }
    public Guid ThemeId { get; set; }
}
