namespace DhrTracker.Core.Reviews;

/// <summary>What the Home Office Quality Assurance Panel said about the report (DHR-PRIMER section 2, stage 16).</summary>
public enum QaOutcome
{
    Publish,
    PublishAfterAmendments,
    Resubmit,
}
