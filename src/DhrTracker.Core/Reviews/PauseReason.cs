namespace DhrTracker.Core.Reviews;

/// <summary>Why a review stands still (DHR-PRIMER section 2: a review may be paused at any stage).</summary>
public enum PauseReason
{
    CriminalTrial,
    Inquest,
    IopcInvestigation,
    FamilyRequest,
    AgencyDelay,
    Other,
}
