namespace DhrTracker.Core.Audit;

public static class AuditLimits
{
    public const int Detail = 1000;
    public const int UserAgent = 300;
}
