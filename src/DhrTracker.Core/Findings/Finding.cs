using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Findings;

/// <summary>One thing the panel learned from a review, tagged with one or more themes of the partnership's taxonomy.</summary>
public sealed class Finding : IVersioned
{
    public const int NarrativeMaxLength = 4000;
    public const int AgencyMaxLength = 200;
    public const int PeriodMaxLength = 200;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Review? Review { get; set; }
    public FindingType Type { get; set; }

    /// <summary>
    /// The agency concerned, as free text until the partnership's agency register exists (ADR 0200);
    /// null when the finding concerns no single agency.
    /// </summary>
    public string? AgencyName { get; set; }

    public string Narrative { get; set; } = "";

    /// <summary>The period or event the finding concerns, e.g. "GP appointment, March 2025".</summary>
    public string? PeriodOrEvent { get; set; }

    public List<FindingTheme> Themes { get; set; } = [];

    public string CreatedByUserId { get; set; } = "";
    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
