namespace DhrTracker.Core.National;

/// <summary>A victim of a single-victim national incident (victims.csv), as the Home Office tagged them.</summary>
public sealed class NationalVictim
{
    public string Id { get; set; } = "";
    public string IncidentId { get; set; } = "";
    public NationalIncident? Incident { get; set; }

    /// <summary>The file's band as written ("16-19" … "65+"), or null for "Unknown" or empty.</summary>
    public string? AgeBand { get; set; }

    /// <summary>"Female", "Male", "Other", or null for "Unknown" or empty.</summary>
    public string? Sex { get; set; }

    /// <summary>The Home Office's wording (e.g. "Common-law spouse", "Half-sibling"), kept as given.</summary>
    public string? Relationship { get; set; }
    public bool? DiedBySuicide { get; set; }
}
