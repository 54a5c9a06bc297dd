namespace DhrTracker.Core.Reviews;

/// <summary>What was published, as the Home Office DHR Library records it.</summary>
public enum PublicationType
{
    Full,
    ExecutiveSummary,
    LearningOnly,
}
