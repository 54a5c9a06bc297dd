namespace DhrTracker.Core.Audit;

/// <summary>
/// Where the current request or circuit comes from, for the audit trail. One per scope: the web
/// host fills it from the HTTP request or, for a Blazor circuit, when the circuit opens; the
/// <c>dhr</c> command names itself.
/// </summary>
public sealed class RequestOrigin
{
    public string? IpAddress { get; set; }
    public string? UserAgent { get; set; }
    public string? CircuitId { get; set; }

    public void Set(string? ipAddress, string? userAgent, string? circuitId = null)
    {
        IpAddress = ipAddress is { Length: > 45 } ? ipAddress[..45] : ipAddress;
        UserAgent = userAgent is { Length: > AuditLimits.UserAgent } ? userAgent[..AuditLimits.UserAgent] : userAgent;
        CircuitId = circuitId ?? CircuitId;
    }
}
