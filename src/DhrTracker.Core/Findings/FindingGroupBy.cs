namespace DhrTracker.Core.Findings;

public enum FindingGroupBy
{
    Agency,
    Theme,
}
