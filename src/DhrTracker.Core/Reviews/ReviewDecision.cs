namespace DhrTracker.Core.Reviews;

/// <summary>The CSP's decision whether to hold a review (DHR-PRIMER section 2, stage 3). Stored by name.</summary>
public enum ReviewDecision
{
    Pending,
    Hold,
    NotHold,
}
