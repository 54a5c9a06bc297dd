namespace DhrTracker.Core.Agencies;

public sealed class AgencyInput
{
    /// <summary>The version the user loaded; null when adding.</summary>
    public Guid? Version { get; set; }

    public string Name { get; set; } = "";
    public bool IsActive { get; set; } = true;

    /// <summary>The agency's single point of contact for reviews (all three optional).</summary>
    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
}
