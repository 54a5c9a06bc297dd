using DhrTracker.Core.Agencies;
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

    /// <summary>The agency concerned, from the partnership's register (ADR 0388); null for "Other", none, or text still to be matched.</summary>
    public int? AgencyId { get; set; }

    public Agency? Agency { get; set; }

    /// <summary>The agency is not on the register: <see cref="AgencyName"/> is the note saying which it is.</summary>
    public bool AgencyIsOther { get; set; }

    /// <summary>
    /// Free text kept for two cases only: the note of an "Other" agency, or (with no <see cref="AgencyId"/> and not
    /// <see cref="AgencyIsOther"/>) the agency as typed before the register was used, which matched no register name
    /// and waits for a coordinator to resolve it (ADR 0388). Null otherwise.
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
