namespace DhrTracker.Core.Partnerships;

/// <summary>A partnership's names, timescales and retention period, as an Administrator edits them.</summary>
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

    /// <summary>Whole years a review's case content is kept after it ended (ADR 0305).</summary>
    public int RetentionYears { get; set; } = Partnership.DefaultRetentionYears;

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
        RetentionYears = p.RetentionYears,
    };
}
