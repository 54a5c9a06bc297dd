namespace DhrTracker.Core.Reviews;

/// <summary>
/// The statutory clocks (DHR-PRIMER section 3) as pure functions of a review's facts, the
/// partnership's timescales and the UK calendar date. A month is a calendar month; when the
/// target month is shorter the deadline is its last day (31 Jan + 1 month = 28 or 29 Feb).
/// </summary>
public static class ReviewClocks
{
    /// <summary>Stages in which the report is being prepared and the report clock runs (including after a QA resubmit).</summary>
    private static readonly ReviewStage[] ReportStages =
    [
        ReviewStage.Commissioning, ReviewStage.InformationGathering, ReviewStage.PanelAnalysis,
        ReviewStage.Drafting, ReviewStage.LocalSignOff,
    ];

    public static DateOnly DecisionDue(DateOnly notified, ClockSettings settings) => notified.AddMonths(settings.DecisionDueMonths);

    public static DateOnly? ReportDue(ReviewDecision decision, DateOnly? decisionDate, ClockSettings settings) =>
        decision == ReviewDecision.Hold && decisionDate is { } d ? d.AddMonths(settings.ReportDueMonths) : null;

    /// <summary>
    /// Which clock runs at this stage, from when, and its statutory due date. <paramref name="notified"/>
    /// is where the decision clock starts: the notification, or the reconsideration (<see cref="ClockFacts.DecisionClockStart"/>).
    /// </summary>
    public static (ClockKind Kind, DateOnly? Start, DateOnly? Due) ActiveClock(ReviewStage stage, DateOnly notified,
        ReviewDecision decision, DateOnly? decisionDate, ClockSettings settings)
    {
        if (stage is ReviewStage.Notified or ReviewStage.Scoping && decision == ReviewDecision.Pending)
        {
            return (ClockKind.Decision, notified, DecisionDue(notified, settings));
        }

        if (ReportStages.Contains(stage) && ReportDue(decision, decisionDate, settings) is { } due)
        {
            return (ClockKind.Report, decisionDate, due);
        }

        return (ClockKind.None, null, null);
    }

    /// <summary>Stores the running clock's statutory due date on the review, for filtering and sorting in SQL.</summary>
    /// <remarks>When the partnership's RAG follows the agreed timetable, the agreed date is stored instead (ADR 0357).</remarks>
    public static void RefreshDueDate(Review review, ClockSettings settings)
    {
        var (kind, _, due) = ActiveClock(review.Stage, review.ReconsideredOn ?? review.DateNotified, review.Decision, review.DecisionDate, settings);
        review.ActiveDueDate = RagDue(kind, due, review.RevisedTargetDate, settings);
    }

    /// <summary>The date RAG is measured against: the agreed revised date for the report clock when the partnership says so, else the statutory one.</summary>
    public static DateOnly? RagDue(ClockKind kind, DateOnly? statutory, DateOnly? agreed, ClockSettings settings) =>
        settings.RagFollowsAgreedTimetable && kind == ClockKind.Report && agreed is { } a ? a : statutory;

    public static ClockFacts FactsOf(Review review) => new(review.Stage, review.DateNotified, review.Decision, review.DecisionDate,
        review.Pauses.Select(p => new PausePeriod(p.StartDate, p.EndDate, p.Reason)).ToList(),
        AgreedDue: review.RevisedTargetDate, ReconsideredOn: review.ReconsideredOn);

    /// <summary>
    /// Days the review stood still since the clock started, up to today. A pause still open counts
    /// to today; days before the clock started are not the clock's.
    /// </summary>
    public static int PausedDays(DateOnly clockStart, IEnumerable<PausePeriod> pauses, DateOnly today)
    {
        var total = 0;
        foreach (var pause in pauses)
        {
            var from = pause.Start > clockStart ? pause.Start : clockStart;
            var to = pause.End is { } end && end < today ? end : today;
            total += Math.Max(0, to.DayNumber - from.DayNumber);
        }

        return total;
    }

    /// <summary>Red once the due date has passed, amber from <paramref name="amberWindowDays"/> before it, green before that.</summary>
    public static Rag RagFor(DateOnly? due, DateOnly today, int amberWindowDays)
    {
        if (due is not { } d)
        {
            return Rag.None;
        }

        if (d < today)
        {
            return Rag.Red;
        }

        return d <= today.AddDays(amberWindowDays) ? Rag.Amber : Rag.Green;
    }

    public static ClockReading Read(ClockFacts facts, ClockSettings settings, TimeProvider time) =>
        Read(facts, settings, UkDates.TodayInUk(time));

    public static ClockReading Read(ClockFacts facts, ClockSettings settings, DateOnly today)
    {
        var (kind, start, due) = ActiveClock(facts.Stage, facts.DecisionClockStart, facts.Decision, facts.DecisionDate, settings);
        var openPause = facts.Pauses.FirstOrDefault(p => p.End is null)?.Reason;
        var decisionDue = DecisionDue(facts.DecisionClockStart, settings);
        var reportDue = ReportDue(facts.Decision, facts.DecisionDate, settings);
        if (start is not { } clockStart || due is not { } statutory)
        {
            return new ClockReading(kind, decisionDue, reportDue, null, null, 0, 0, 0, null, Rag.None, openPause, facts.AgreedDue);
        }

        var paused = PausedDays(clockStart, facts.Pauses, today);
        var adjusted = statutory.AddDays(paused);
        var ragDue = RagDue(kind, statutory, facts.AgreedDue, settings)!.Value;
        return new ClockReading(kind, decisionDue, reportDue, statutory, adjusted, paused,
            DaysOverdue: Math.Max(0, today.DayNumber - statutory.DayNumber),
            AdjustedDaysOverdue: Math.Max(0, today.DayNumber - adjusted.DayNumber),
            DaysRemaining: statutory.DayNumber - today.DayNumber,
            RagFor(ragDue, today, settings.AmberWindowDays),
            openPause, facts.AgreedDue)
        {
            RagDue = ragDue,
            RagDaysOverdue = Math.Max(0, today.DayNumber - ragDue.DayNumber),
            RagDaysRemaining = ragDue.DayNumber - today.DayNumber,
        };
    }
}
