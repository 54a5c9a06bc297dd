using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Retention;

/// <summary>
/// A review past its partnership's retention period: what the report lists. No case content, only
/// what the operator needs to recognise the review and the rule that applied.
/// </summary>
public sealed record RetentionCandidate(Guid ReviewId, string Reference, string Partnership, ReviewStage Stage, DateOnly Ended,
    int RetentionYears, LegalHold? Hold)
{
    /// <summary>The last day the review had to be kept; retention removes it from the day after.</summary>
    public DateOnly KeptUntil => Ended.AddYears(RetentionYears);

    /// <summary>What was removed, once it was (null in a dry run or when it was skipped).</summary>
    public PurgeCounts? Removed { get; init; }

    /// <summary>"Closed 3 Mar 2010; kept 15 years to 3 Mar 2025 (partnership retention period)".</summary>
    public string Rule =>
        $"{Stage.Display()} {UkDates.Format(Ended)}; kept {RetentionYears} {(RetentionYears == 1 ? "year" : "years")} to {UkDates.Format(KeptUntil)} (partnership retention period)";
}
