namespace DhrTracker.Core.National;

/// <summary>A perpetrator of a national incident (perpetrators.csv): only the tags the learning pages use.</summary>
public sealed class NationalPerpetrator
{
    public string Id { get; set; } = "";
    public string IncidentId { get; set; } = "";
    public NationalIncident? Incident { get; set; }

    /// <summary>The file's band as written (it includes "20-34" beside "25-34"), or null for "Unknown".</summary>
    public string? AgeBand { get; set; }
    public string? Sex { get; set; }
    public string? CourtVerdict { get; set; }
}
