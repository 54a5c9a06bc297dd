namespace DhrTracker.Core.Findings;

/// <summary>A key theme of a review.</summary>
public sealed class ReviewKeyTheme
{
    public Guid ReviewId { get; set; }
    public Guid ThemeId { get; set; }
}
