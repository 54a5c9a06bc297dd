namespace DhrTracker.Core.Actions;

/// <summary>A finding of the same review that a recommendation answers.</summary>
public sealed class RecommendationFinding
{
    public Guid RecommendationId { get; set; }
    public Recommendation? Recommendation { get; set; }
    public Guid FindingId { get; set; }
}
