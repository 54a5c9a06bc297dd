namespace DhrTracker.Core.Partnerships;

/// <summary>A partnership's names and timescales, as an Administrator edits them.</summary>
public sealed class PartnershipSettingsInput
{
    public int PartnershipId { get; set; }
    public Guid Version { get; set; }
    public string Name { get; set; } = "";
    public string ReferencePrefix { get; set; } = "";
    public string ReviewTypeName { get; set; } = "";
    public int DecisionDueMonths { get; set; }
    public int ReportDueMonths { get; set; }
    public int AmberWindowDays { get; set; }

    public static PartnershipSettingsInput From(Partnership p) => new()
    {
        PartnershipId = p.Id,
        Version = p.Version,
        Name = p.Name,
        ReferencePrefix = p.ReferencePrefix,
        ReviewTypeName = p.ReviewTypeName,
        DecisionDueMonths = p.DecisionDueMonths,
        ReportDueMonths = p.ReportDueMonths,
        AmberWindowDays = p.AmberWindowDays,
    };
}
