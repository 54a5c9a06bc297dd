namespace DhrTracker.Core.Actions;

/// <summary>Who would have to act on a recommendation: the local partnership, a region, or national bodies.</summary>
public enum RecommendationScope
{
    Local,
    Regional,
    National,
}
