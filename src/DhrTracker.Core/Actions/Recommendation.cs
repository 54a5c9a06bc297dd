using DhrTracker.Core.Agencies;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Actions;

/// <summary>
/// A numbered recommendation of a review (DHR-PRIMER section 6). Addressed to one agency, or to the
/// partnership as a whole when <see cref="AddressedToAgencyId"/> is null.
/// </summary>
public sealed class Recommendation : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Review? Review { get; set; }
    public int Number { get; set; }
    public string Text { get; set; } = "";
    public int? AddressedToAgencyId { get; set; }
    public Agency? AddressedToAgency { get; set; }
    public bool MultiAgency { get; set; }
    public RecommendationScope Scope { get; set; }

    /// <summary>The date the panel agreed it: no action can be due before it.</summary>
    public DateOnly MadeOn { get; set; }

    public List<ActionItem> Actions { get; set; } = [];
    public List<RecommendationTheme> Themes { get; set; } = [];
    public List<RecommendationFinding> Findings { get; set; } = [];

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
