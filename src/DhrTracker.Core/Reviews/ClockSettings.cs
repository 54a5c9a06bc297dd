using DhrTracker.Core.Partnerships;

namespace DhrTracker.Core.Reviews;

/// <summary>
/// The timescales that apply to one review (DHR-PRIMER section 3), all configurable. Resolved per review
/// by <see cref="PartnershipTimescales.For"/>: the version in force on the review's notification date.
/// </summary>
public sealed record ClockSettings(int DecisionDueMonths, int ReportDueMonths, int AmberWindowDays, bool RagFollowsAgreedTimetable = false)
{
    /// <summary>For a review notified on <paramref name="notified"/>; <paramref name="p"/> must be loaded with its timescale versions.</summary>
    public static ClockSettings From(Partnership p, DateOnly notified) => PartnershipTimescales.Of(p).For(notified);
}
