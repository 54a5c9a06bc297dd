namespace DhrTracker.Core.Findings;

/// <summary>What a panel member or coordinator types for a finding. Mutable so a form can bind to it.</summary>
public sealed class FindingInput
{
    public FindingType? Type { get; set; }
    public string? AgencyName { get; set; }
    public string Narrative { get; set; } = "";
    public string? PeriodOrEvent { get; set; }
    public List<Guid> ThemeIds { get; set; } = [];

    /// <summary>The finding's version when the user opened it; unused when adding.</summary>
    public Guid Version { get; set; }
}
