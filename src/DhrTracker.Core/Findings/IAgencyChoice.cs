namespace DhrTracker.Core.Findings;

/// <summary>How a form names a finding's agency: a register agency, or "Other" with a note (ADR 0388). Settable so one set of fields serves both forms.</summary>
public interface IAgencyChoice
{
    int? AgencyId { get; set; }
    bool OtherAgency { get; set; }
    string? AgencyNote { get; set; }
}
