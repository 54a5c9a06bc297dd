namespace DhrTracker.Core.Findings;

/// <summary>How a form names a finding's agency: a register agency, or "Other" with a note (ADR 0388).</summary>
public interface IAgencyChoice
{
    int? AgencyId { get; }
    bool OtherAgency { get; }
    string? AgencyNote { get; }
}
