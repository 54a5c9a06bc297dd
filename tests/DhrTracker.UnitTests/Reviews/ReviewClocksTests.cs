using DhrTracker.Core.Reviews;
using Microsoft.Extensions.Time.Testing;

namespace DhrTracker.UnitTests.Reviews;

public sealed class ReviewClocksTests
{
    private static readonly ClockSettings Defaults = new(DecisionDueMonths: 1, ReportDueMonths: 6, AmberWindowDays: 28);

    [Theory]
    [InlineData("2026-01-31", "2026-02-28")] // month end: no 31 Feb
    [InlineData("2024-01-31", "2024-02-29")] // leap year
    [InlineData("2024-01-30", "2024-02-29")]
    [InlineData("2026-02-28", "2026-03-28")]
    [InlineData("2026-12-15", "2027-01-15")] // across the year end
    public void Decision_is_due_one_calendar_month_after_notification(string notified, string due) =>
        Assert.Equal(DateOnly.Parse(due), ReviewClocks.DecisionDue(DateOnly.Parse(notified), Defaults));

    [Theory]
    [InlineData("2025-08-31", "2026-02-28")]
    [InlineData("2023-08-31", "2024-02-29")] // leap year
    [InlineData("2026-03-15", "2026-09-15")]
    public void Report_is_due_six_calendar_months_after_the_decision_to_hold(string decided, string due) =>
        Assert.Equal(DateOnly.Parse(due), ReviewClocks.ReportDue(ReviewDecision.Hold, DateOnly.Parse(decided), Defaults));

    [Fact]
    public void No_report_is_due_when_the_review_is_not_held() =>
        Assert.Null(ReviewClocks.ReportDue(ReviewDecision.NotHold, new DateOnly(2026, 3, 15), Defaults));

    [Fact]
    public void Timescales_come_from_the_partnership_settings()
    {
        var twelveMonths = Defaults with { DecisionDueMonths = 2, ReportDueMonths = 12 };
        Assert.Equal(new DateOnly(2026, 5, 10), ReviewClocks.DecisionDue(new DateOnly(2026, 3, 10), twelveMonths));
        Assert.Equal(new DateOnly(2027, 3, 10), ReviewClocks.ReportDue(ReviewDecision.Hold, new DateOnly(2026, 3, 10), twelveMonths));
    }

    [Theory]
    [InlineData(ReviewStage.Notified, ClockKind.Decision)]
    [InlineData(ReviewStage.Scoping, ClockKind.Decision)]
    public void Before_the_decision_the_decision_clock_runs(ReviewStage stage, ClockKind kind)
    {
        var reading = Read(stage, ReviewDecision.Pending, null, today: new DateOnly(2026, 3, 20));
        Assert.Equal(kind, reading.Kind);
        Assert.Equal(new DateOnly(2026, 4, 1), reading.StatutoryDue);
    }

    [Theory]
    [InlineData(ReviewStage.Commissioning)]
    [InlineData(ReviewStage.InformationGathering)]
    [InlineData(ReviewStage.PanelAnalysis)]
    [InlineData(ReviewStage.Drafting)]
    [InlineData(ReviewStage.LocalSignOff)]
    public void After_deciding_to_hold_the_report_clock_runs(ReviewStage stage)
    {
        var reading = Read(stage, ReviewDecision.Hold, new DateOnly(2026, 3, 25), today: new DateOnly(2026, 4, 1));
        Assert.Equal(ClockKind.Report, reading.Kind);
        Assert.Equal(new DateOnly(2026, 9, 25), reading.StatutoryDue);
    }

    [Theory]
    [InlineData(ReviewStage.HomeOfficeQa, ReviewDecision.Hold)]
    [InlineData(ReviewStage.AwaitingPublication, ReviewDecision.Hold)]
    [InlineData(ReviewStage.ActionPlanMonitoring, ReviewDecision.Hold)]
    [InlineData(ReviewStage.Closed, ReviewDecision.Hold)]
    [InlineData(ReviewStage.NotProceeding, ReviewDecision.NotHold)]
    public void Once_the_report_is_submitted_or_the_review_ends_no_clock_runs(ReviewStage stage, ReviewDecision decision)
    {
        var reading = Read(stage, decision, new DateOnly(2026, 3, 25), today: new DateOnly(2027, 4, 1));
        Assert.Equal(ClockKind.None, reading.Kind);
        Assert.Equal(Rag.None, reading.Rag);
        Assert.Equal(0, reading.DaysOverdue);
        Assert.Null(reading.StatutoryDue);
    }

    [Theory]
    [InlineData("2026-04-02", Rag.Red, 1)]   // the day after the due date
    [InlineData("2026-04-01", Rag.Amber, 0)] // due today: not yet late
    [InlineData("2026-03-04", Rag.Amber, 0)] // exactly 28 days ahead
    [InlineData("2026-03-03", Rag.Green, 0)] // 29 days ahead
    [InlineData("2026-05-01", Rag.Red, 30)]
    public void Rag_and_days_overdue_follow_the_statutory_due_date(string today, Rag rag, int overdue)
    {
        var reading = Read(ReviewStage.Scoping, ReviewDecision.Pending, null, DateOnly.Parse(today));
        Assert.Equal(rag, reading.Rag);
        Assert.Equal(overdue, reading.DaysOverdue);
    }

    [Fact]
    public void Amber_window_is_configurable()
    {
        var reading = ReviewClocks.Read(Facts(ReviewStage.Scoping, ReviewDecision.Pending, null), Defaults with { AmberWindowDays = 7 },
            new DateOnly(2026, 3, 20));
        Assert.Equal(Rag.Green, reading.Rag);
        Assert.Equal(12, reading.DaysRemaining);
    }

    [Fact]
    public void Paused_days_extend_the_adjusted_due_date_but_not_the_statutory_one()
    {
        PausePeriod[] pauses = [new(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 20), PauseReason.FamilyRequest)];
        var reading = ReviewClocks.Read(Facts(ReviewStage.Scoping, ReviewDecision.Pending, null, pauses), Defaults, new DateOnly(2026, 4, 5));

        Assert.Equal(new DateOnly(2026, 4, 1), reading.StatutoryDue);
        Assert.Equal(10, reading.PausedDays);
        Assert.Equal(new DateOnly(2026, 4, 11), reading.AdjustedDue);
        Assert.Equal(4, reading.DaysOverdue);
        Assert.Equal(0, reading.AdjustedDaysOverdue);
        Assert.Null(reading.PausedFor);
    }

    [Fact]
    public void An_open_pause_counts_up_to_today_and_names_its_reason()
    {
        PausePeriod[] pauses = [new(new DateOnly(2026, 3, 25), null, PauseReason.CriminalTrial)];
        var reading = ReviewClocks.Read(Facts(ReviewStage.Scoping, ReviewDecision.Pending, null, pauses), Defaults, new DateOnly(2026, 6, 1));

        Assert.Equal(68, reading.PausedDays);
        Assert.Equal(new DateOnly(2026, 6, 8), reading.AdjustedDue);
        Assert.Equal(PauseReason.CriminalTrial, reading.PausedFor);
        Assert.Equal(Rag.Red, reading.Rag);
        Assert.Equal(61, reading.DaysOverdue);
    }

    [Fact]
    public void Paused_days_before_the_clock_started_do_not_count()
    {
        // Paused from 1 Mar; the report clock started with the decision on 10 Mar; resumed 20 Mar.
        PausePeriod[] pauses =
        [
            new(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 15), PauseReason.AgencyDelay),
            new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 20), PauseReason.Inquest),
        ];
        Assert.Equal(10, ReviewClocks.PausedDays(new DateOnly(2026, 3, 10), pauses, new DateOnly(2026, 5, 1)));
    }

    [Fact]
    public void Several_pauses_add_up()
    {
        PausePeriod[] pauses =
        [
            new(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 8), PauseReason.AgencyDelay),
            new(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 4), PauseReason.Other),
        ];
        Assert.Equal(10, ReviewClocks.PausedDays(new DateOnly(2026, 3, 10), pauses, new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void A_pause_starting_today_has_not_yet_added_a_day() =>
        Assert.Equal(0, ReviewClocks.PausedDays(new DateOnly(2026, 3, 1), [new(new DateOnly(2026, 6, 1), null, PauseReason.Other)], new DateOnly(2026, 6, 1)));

    [Fact]
    public void Just_after_midnight_in_summer_the_UK_date_has_moved_on_and_the_review_is_overdue()
    {
        // 23:30 UTC on 1 Apr is 00:30 BST on 2 Apr: the decision due on 1 Apr is now a day late.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 4, 1, 23, 30, 0, TimeSpan.Zero));
        var reading = ReviewClocks.Read(Facts(ReviewStage.Scoping, ReviewDecision.Pending, null), Defaults, time);
        Assert.Equal(Rag.Red, reading.Rag);
        Assert.Equal(1, reading.DaysOverdue);
    }

    [Fact]
    public void Just_before_midnight_in_winter_the_UK_date_is_the_UTC_date()
    {
        // 23:30 UTC on 1 Feb is 23:30 GMT: the decision due on 1 Feb is due today, not late.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 2, 1, 23, 30, 0, TimeSpan.Zero));
        var facts = new ClockFacts(ReviewStage.Notified, new DateOnly(2026, 1, 1), ReviewDecision.Pending, null, []);
        var reading = ReviewClocks.Read(facts, Defaults, time);
        Assert.Equal(Rag.Amber, reading.Rag);
        Assert.Equal(0, reading.DaysRemaining);
    }

    [Fact]
    public void The_stored_due_date_is_the_running_clocks()
    {
        var review = new Review
        {
            Stage = ReviewStage.Drafting,
            DateNotified = new DateOnly(2026, 1, 31),
            Decision = ReviewDecision.Hold,
            DecisionDate = new DateOnly(2026, 2, 27),
        };
        ReviewClocks.RefreshDueDate(review, Defaults);
        Assert.Equal(new DateOnly(2026, 8, 27), review.ActiveDueDate);

        review.Stage = ReviewStage.HomeOfficeQa;
        ReviewClocks.RefreshDueDate(review, Defaults);
        Assert.Null(review.ActiveDueDate);
    }

    [Theory]
    [InlineData(null, Rag.None)]
    [InlineData("2026-06-09", Rag.Red)]
    [InlineData("2026-06-10", Rag.Amber)]
    [InlineData("2026-07-08", Rag.Amber)]
    [InlineData("2026-07-09", Rag.Green)]
    public void Rag_boundaries(string? due, Rag expected) =>
        Assert.Equal(expected, ReviewClocks.RagFor(due is null ? null : DateOnly.Parse(due), new DateOnly(2026, 6, 10), 28));

    private static ClockReading Read(ReviewStage stage, ReviewDecision decision, DateOnly? decided, DateOnly today) =>
        ReviewClocks.Read(Facts(stage, decision, decided), Defaults, today);

    private static ClockFacts Facts(ReviewStage stage, ReviewDecision decision, DateOnly? decided, IReadOnlyList<PausePeriod>? pauses = null) =>
        new(stage, new DateOnly(2026, 3, 1), decision, decided, pauses ?? []);

    [Fact]
    public void A_reopened_decision_runs_its_clock_afresh_from_the_reconsideration()
    {
        var facts = new ClockFacts(ReviewStage.Scoping, new DateOnly(2026, 1, 12), ReviewDecision.Pending, null, [], ReconsideredOn: new DateOnly(2026, 6, 1));

        var reading = ReviewClocks.Read(facts, Defaults, new DateOnly(2026, 6, 15));

        Assert.Equal(ClockKind.Decision, reading.Kind);
        Assert.Equal(new DateOnly(2026, 7, 1), reading.DecisionDue);
        Assert.Equal(new DateOnly(2026, 7, 1), reading.StatutoryDue);
        Assert.Equal(Rag.Amber, reading.Rag);
    }

    [Fact]
    public void The_stored_due_date_of_a_reopened_decision_runs_from_the_reconsideration()
    {
        var review = new Review { Stage = ReviewStage.Scoping, DateNotified = new DateOnly(2026, 1, 12), ReconsideredOn = new DateOnly(2026, 6, 1) };
        ReviewClocks.RefreshDueDate(review, Defaults);
        Assert.Equal(new DateOnly(2026, 7, 1), review.ActiveDueDate);
    }
}
