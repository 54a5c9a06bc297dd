namespace DhrTracker.Core.Reviews;

/// <summary>Proceedings that run alongside a review and often hold it up.</summary>
public enum ProceedingType
{
    CriminalTrial,
    Inquest,
    IopcInvestigation,
    OtherReview,
}
