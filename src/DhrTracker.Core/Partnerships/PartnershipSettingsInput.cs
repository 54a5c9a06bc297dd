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

    /// <summary>The area the briefing names ("in Exampleshire"); empty means the partnership's name.</summary>
    public string? AreaName { get; set; }

    /// <summary>The briefing's "Background and purpose" in the partnership's words; empty means the statutory text.</summary>
    public string? BriefingBackground { get; set; }

    /// <summary>Null shows every count; N shows 1 to N-1 as "fewer than N" in the briefing (ADR 0323).</summary>
    public int? SmallNumberThreshold { get; set; }

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
        AreaName = p.AreaName,
        BriefingBackground = p.BriefingBackground,
        SmallNumberThreshold = p.SmallNumberThreshold,
    };
}
