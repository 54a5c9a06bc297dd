namespace DhrTracker.Core.Findings;

/// <summary>A finding whose agency, typed before the register was used, matched no register name (ADR 0388).</summary>
public sealed record AgencyToResolve(Guid FindingId, Guid ReviewId, string ReviewReference, FindingType Type, string AgencyText, Guid Version);
