namespace DhrTracker.Core.Audit;

public enum AuditOutcome
{
    Succeeded,
    Denied,
    Refused,
}
