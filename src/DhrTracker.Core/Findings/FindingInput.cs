namespace DhrTracker.Core.Findings;

/// <summary>What a panel member or coordinator types for a finding. Mutable so a form can bind to it.</summary>
public sealed class FindingInput : IAgencyChoice
{
    public FindingType? Type { get; set; }

    /// <summary>A register agency; ignored when <see cref="OtherAgency"/>. Neither means no single agency.</summary>
    public int? AgencyId { get; set; }

    public bool OtherAgency { get; set; }

    /// <summary>Which agency, when <see cref="OtherAgency"/>; ignored otherwise.</summary>
    public string? AgencyNote { get; set; }

    public string Narrative { get; set; } = "";
    public string? PeriodOrEvent { get; set; }
    public List<Guid> ThemeIds { get; set; } = [];

    /// <summary>The finding's version when the user opened it; unused when adding.</summary>
    public Guid Version { get; set; }
}
