namespace DhrTracker.Core.Partnerships;

/// <summary>
/// A Community Safety Partnership. Names, reference prefix and every statutory timescale are
/// settings because the law and local names change (DHR-PRIMER sections 1 and 3).
/// </summary>
public sealed class Partnership : IVersioned
{
    public int Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Prefix of review references, e.g. "Northbridge DHR" gives "Northbridge DHR12".</summary>
    public string ReferencePrefix { get; set; } = "";

    /// <summary>"Domestic Homicide Review" today; "Domestic Abuse Related Death Review" once s.19 VPA 2024 commences.</summary>
    public string ReviewTypeName { get; set; } = "Domestic Homicide Review";

    /// <summary>Short form used in labels and mail ("DHR", or "DARDR" once the partnership says so).</summary>
    public string ReviewTypeAbbreviation { get; set; } = "DHR";

    /// <summary>
    /// Commencement date of s.19 of the Victims and Prisoners Act 2024, empty until announced. A death
    /// on or after it is reviewed as a DARDR under the Domestic Abuse Act 2021 test (DHR-PRIMER section 8).
    /// </summary>
    public DateOnly? Section19CommencementDate { get; set; }

    /// <summary>
    /// Timescales for reviews notified before the first of <see cref="Timescales"/>; a change of
    /// timescale is a new <see cref="TimescaleVersion"/> with an effective date, never an edit here.
    /// </summary>
    public int DecisionDueMonths { get; set; } = 1;

    public int ReportDueMonths { get; set; } = 6;

    /// <summary>Days after the decision by which the Home Office should have been told of it ("at the decision").</summary>
    public int HomeOfficeNotificationDays { get; set; } = 7;

    /// <summary>When true, a review with an agreed revised target date takes its RAG from that date rather than the statutory one.</summary>
    public bool RagFollowsAgreedTimetable { get; set; }

    public List<TimescaleVersion> Timescales { get; set; } = [];

    /// <summary>A deadline within this many days shows amber.</summary>
    public int AmberWindowDays { get; set; } = 28;

    /// <summary>
    /// Years a closed review's case content is kept after it ended, before <c>dhr retention run</c>
    /// removes it (ADR 0305). Set it from the partnership's own retention schedule.
    /// </summary>
    public int RetentionYears { get; set; } = DefaultRetentionYears;

    public const int DefaultRetentionYears = 15;

    /// <summary>The area the partnership serves as the briefing names it ("in Northbridge"); the partnership's name when empty.</summary>
    public string? AreaName { get; set; }

    /// <summary>
    /// The briefing's "Background and purpose" text as the partnership words it; when empty the briefing
    /// writes the statutory text (DVCVA 2004 s.9, statutory guidance 2016) with <see cref="ReviewTypeName"/>.
    /// </summary>
    public string? BriefingBackground { get; set; }

    /// <summary>
    /// When set to N, the briefing shows any count from 1 to N-1 as "fewer than N", so a small area's
    /// shared briefing cannot single out a family. Null shows every count.
    /// </summary>
    public int? SmallNumberThreshold { get; set; }

    public const int AreaNameMaxLength = 100;
    public const int BriefingBackgroundMaxLength = 4000;

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
