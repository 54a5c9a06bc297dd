using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Findings;

/// <summary>
/// The key themes a review carries directly, as their own small aggregate (one row per review, made
/// on first use) so two people editing them get a conflict rather than a silent overwrite, without touching the review row.
/// </summary>
public sealed class ReviewThemeSet : IVersioned
{
    public Guid ReviewId { get; set; }
    public Review? Review { get; set; }
    public List<ReviewKeyTheme> Themes { get; set; } = [];

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
