namespace DhrTracker.Core.Findings;

/// <summary>What kind of learning a finding records. Good practice is a type, not a theme (DHR-PRIMER section 5).</summary>
public enum FindingType
{
    MissedOpportunity,
    AreaForImprovement,
    GoodPractice,
    OtherLearning,
}
