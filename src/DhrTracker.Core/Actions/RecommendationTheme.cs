namespace DhrTracker.Core.Actions;

/// <summary>A theme given to a recommendation. Kept as given when the theme is later retired or merged (ADR 0201).</summary>
public sealed class RecommendationTheme
{
    public Guid RecommendationId { get; set; }
    public Recommendation? Recommendation { get; set; }
    public Guid ThemeId { get; set; }
}
