namespace DhrTracker.Core.Findings;

/// <summary>A coordinator's answer for a finding whose agency text matched no register name: a register agency, or Other with a note.</summary>
public sealed class ResolveAgencyInput : IAgencyChoice
{
    public int? AgencyId { get; set; }
    public bool OtherAgency { get; set; }
    public string? AgencyNote { get; set; }

    /// <summary>The finding's version when the list was loaded.</summary>
    public Guid Version { get; set; }
}
