using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Analytics;

/// <summary>
/// Days from notification to each stage reached, against the statutory clocks of <see cref="ReviewClocks"/>:
/// the decision against its due date (months from notification), submission to Home Office QA against the
/// report's (months from the decision to hold), and completion (published or closed), which has no clock.
/// Statutory dates, as the Home Office measures: paused days are not taken off (ADR 0337).
/// </summary>
internal static class ClockSeries
{
    public const string Decision = "Decision";
    public const string QaSubmission = "Submitted to Home Office QA";
    public const string Completion = "Completed";

    public static async Task<AnalyticsSeries> BuildAsync(AnalyticsScope scope, CancellationToken ct)
    {
        // Each review against the timescales in force when it was notified (ADR 0355); the note names today's.
        var settings = scope.Clocks.For(scope.Today);
        var decision = new DayTally();
        var qa = new DayTally();
        var completion = new DayTally();

        // Streamed row by row: only the three tallies stay in memory.
        var decided = scope.Notified.Where(r => r.Decision != ReviewDecision.Pending && r.DecisionDate != null)
            .Select(r => new { r.DateNotified, DecisionDate = r.DecisionDate!.Value });
        await foreach (var r in decided.AsAsyncEnumerable().WithCancellation(ct))
        {
            decision.Add(Days(r.DateNotified, r.DecisionDate), r.DecisionDate <= ReviewClocks.DecisionDue(r.DateNotified, scope.Clocks.For(r.DateNotified)));
        }

        var held = scope.Held.Select(r => new { r.DateNotified, r.DecisionDate, r.QaSubmissionDate, Completed = r.PublicationDate ?? r.ClosedDate })
            .Where(r => r.QaSubmissionDate != null || r.Completed != null);
        await foreach (var r in held.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (r.QaSubmissionDate is { } submitted)
            {
                var due = ReviewClocks.ReportDue(ReviewDecision.Hold, r.DecisionDate, scope.Clocks.For(r.DateNotified));
                qa.Add(Days(r.DateNotified, submitted), due is { } d ? submitted <= d : null);
            }

            if (r.Completed is { } completed)
            {
                completion.Add(Days(r.DateNotified, completed), null);
            }
        }

        AnalyticsRow Row(string stage, DayTally t, bool hasClock) => new(stage,
            [t.Median, t.Longest, t.Reviews, hasClock ? t.Within : null, hasClock ? t.Beyond : null]);
        return new AnalyticsSeries(SeriesKeys.TimeToStage, "Time from notification to each stage",
            $"Reviews notified in the period that reached each stage. The decision is due {Months(settings.DecisionDueMonths)} after notification; "
            + $"the report is due at Home Office QA {Months(settings.ReportDueMonths)} after the decision to hold. Completion has no statutory clock.",
            "Stage", ["Median days", "Longest days", "Reviews", "Within clock", "Beyond clock"],
            [Row(Decision, decision, true), Row(QaSubmission, qa, true), Row(Completion, completion, false)],
            AnalyticsChart.Bar, ["Median days", "Longest days"]);
    }

    private static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    private static string Months(int months) => months == 1 ? "1 month" : $"{months} months";
}
