namespace DhrTracker.Core.Partnerships;

/// <summary>
/// A partnership's names, clock settings and retention period, as an Administrator edits them. The statutory
/// timescales are not edited here: a change is a new <see cref="TimescaleVersion"/> (ADR 0355), listed in <see cref="Timescales"/>.
/// </summary>
public sealed class PartnershipSettingsInput
{
    public int PartnershipId { get; set; }
    public Guid Version { get; set; }
    public string Name { get; set; } = "";
    public string ReferencePrefix { get; set; } = "";
    public string ReviewTypeName { get; set; } = "";

    /// <summary>Short form in labels and mail: "DHR", or "DARDR".</summary>
    public string ReviewTypeAbbreviation { get; set; } = "";

    /// <summary>Commencement of s.19 VPA 2024; empty until announced.</summary>
    public DateOnly? Section19CommencementDate { get; set; }

    public int AmberWindowDays { get; set; }

    /// <summary>Days after a decision by which the Home Office should be told of it (ADR 0356).</summary>
    public int HomeOfficeNotificationDays { get; set; } = 7;

    /// <summary>When on, an agreed revised target date sets the review's RAG (ADR 0357).</summary>
    public bool RagFollowsAgreedTimetable { get; set; }

    /// <summary>Whole years a review's case content is kept after it ended (ADR 0305).</summary>
    public int RetentionYears { get; set; } = Partnership.DefaultRetentionYears;

    /// <summary>The area the briefing names ("in Exampleshire"); empty means the partnership's name.</summary>
    public string? AreaName { get; set; }

    /// <summary>The briefing's "Background and purpose" in the partnership's words; empty means the statutory text.</summary>
    public string? BriefingBackground { get; set; }

    /// <summary>Null shows every count; N shows 1 to N-1 as "fewer than N" in the briefing (ADR 0323).</summary>
    public int? SmallNumberThreshold { get; set; }

    /// <summary>The timescales in force over time, oldest first (read-only here; added with <see cref="TimescaleService.AddAsync"/>).</summary>
    public IReadOnlyList<TimescaleVersionView> Timescales { get; init; } = [];

    public static PartnershipSettingsInput From(Partnership p) => new()
    {
        PartnershipId = p.Id,
        Version = p.Version,
        Name = p.Name,
        ReferencePrefix = p.ReferencePrefix,
        ReviewTypeName = p.ReviewTypeName,
        ReviewTypeAbbreviation = p.ReviewTypeAbbreviation,
        Section19CommencementDate = p.Section19CommencementDate,
        AmberWindowDays = p.AmberWindowDays,
        HomeOfficeNotificationDays = p.HomeOfficeNotificationDays,
        RagFollowsAgreedTimetable = p.RagFollowsAgreedTimetable,
        RetentionYears = p.RetentionYears,
        AreaName = p.AreaName,
        BriefingBackground = p.BriefingBackground,
        SmallNumberThreshold = p.SmallNumberThreshold,
        Timescales =
        [
            new TimescaleVersionView(null, p.DecisionDueMonths, p.ReportDueMonths, null),
            .. p.Timescales.OrderBy(t => t.EffectiveFrom).Select(t => new TimescaleVersionView(t.EffectiveFrom, t.DecisionDueMonths, t.ReportDueMonths, t.Reason)),
        ],
    };
}
