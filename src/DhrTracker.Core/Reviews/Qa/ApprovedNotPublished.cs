namespace DhrTracker.Core.Reviews.Qa;

/// <summary>
/// The line a review awaiting publication shows on its summary: when the Home Office approved it and how
/// long it has waited since (publication follows approval, DHR-PRIMER section 3, so the wait is the partnership's).
/// </summary>
public static class ApprovedNotPublished
{
    /// <summary>Days since approval, or null unless the review is awaiting publication with a QA outcome date.</summary>
    public static int? DaysWaiting(ReviewStage stage, DateOnly? qaOutcomeDate, DateOnly today) =>
        stage == ReviewStage.AwaitingPublication && qaOutcomeDate is { } approved ? Math.Max(0, today.DayNumber - approved.DayNumber) : null;

    /// <summary>"Approved by the Home Office on 3 Mar 2026 (41 days ago), not yet published", or null when it does not apply.</summary>
    public static string? Describe(ReviewStage stage, QaOutcome? outcome, DateOnly? qaOutcomeDate, DateOnly today)
    {
        if (DaysWaiting(stage, qaOutcomeDate, today) is not { } days)
        {
            return null;
        }

        var approved = outcome == QaOutcome.PublishAfterAmendments ? "Approved by the Home Office, subject to amendments," : "Approved by the Home Office";
        var ago = days switch
        {
            0 => "today",
            1 => "1 day ago",
            _ => $"{days} days ago",
        };
        return $"{approved} on {UkDates.Format(qaOutcomeDate)} ({ago}), not yet published";
    }
}
