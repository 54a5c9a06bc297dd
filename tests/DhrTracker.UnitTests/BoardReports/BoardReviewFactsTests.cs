using DhrTracker.Core.BoardReports;
using DhrTracker.Core.Reviews;
using Proceeding = DhrTracker.Core.BoardReports.BoardReviewFacts.Proceeding;

namespace DhrTracker.UnitTests.BoardReports;

public sealed class BoardReviewFactsTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static ClockReading Clock(DateOnly? statutory, DateOnly? adjusted = null, int paused = 0, int overdue = 0, int adjustedOverdue = 0,
        PauseReason? pausedFor = null, ClockKind kind = ClockKind.Report) =>
        new(kind, new DateOnly(2026, 1, 1), statutory, statutory, adjusted ?? statutory, paused, overdue, adjustedOverdue, null, Rag.Green, pausedFor);

    [Fact]
    public void A_review_on_time_with_nothing_running_needs_no_explanation()
    {
        Assert.Empty(BoardReviewFacts.Why(Clock(new DateOnly(2027, 1, 1)), null, []));
    }

    [Fact]
    public void A_paused_review_says_why_since_when_and_how_much_the_pauses_explain()
    {
        var clock = Clock(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 20), paused: 80, overdue: 56, pausedFor: PauseReason.CriminalTrial);

        var why = BoardReviewFacts.Why(clock, new DateOnly(2026, 8, 7), []);

        Assert.Equal(["Paused: Criminal trial, since 7 Aug 2026", "80 days paused in all; on time allowing for them"], why);
    }

    [Fact]
    public void Pauses_that_explain_only_part_of_the_delay_say_what_is_left()
    {
        var clock = Clock(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2), paused: 1, overdue: 86, adjustedOverdue: 85);

        Assert.Equal(["1 day paused in all; 85 days overdue allowing for them"], BoardReviewFacts.Why(clock, null, []));
    }

    [Fact]
    public void Running_proceedings_are_listed_and_concluded_ones_are_not()
    {
        Proceeding[] proceedings =
        [
            new(ProceedingType.CriminalTrial, ProceedingStatus.NotStarted, null, new DateOnly(2027, 2, 1)),
            new(ProceedingType.Inquest, ProceedingStatus.Concluded, null, null),
            new(ProceedingType.IopcInvestigation, ProceedingStatus.InProgress, null, null),
        ];

        var why = BoardReviewFacts.Why(Clock(new DateOnly(2027, 1, 1)), null, proceedings);

        Assert.Equal(["Criminal trial: not started, next key date 1 Feb 2027", "IOPC investigation: in progress"], why);
    }

    [Fact]
    public void The_next_key_date_is_the_earliest_still_to_come()
    {
        Proceeding[] proceedings =
        [
            new(ProceedingType.Inquest, ProceedingStatus.InProgress, null, new DateOnly(2026, 12, 14)),
            new(ProceedingType.CriminalTrial, ProceedingStatus.InProgress, null, new DateOnly(2026, 11, 1)),
        ];

        Assert.Equal(new KeyDate(new DateOnly(2026, 12, 14), "Inquest: next key date"),
            BoardReviewFacts.NextKeyDate(Clock(new DateOnly(2027, 5, 1)), proceedings, Today));
        Assert.Equal(new KeyDate(new DateOnly(2026, 12, 1), "Report due"),
            BoardReviewFacts.NextKeyDate(Clock(new DateOnly(2026, 12, 1)), proceedings, Today));
    }

    [Fact]
    public void The_adjusted_date_counts_as_the_due_date_while_paused_and_today_is_still_to_come()
    {
        var clock = Clock(new DateOnly(2026, 10, 1), adjusted: Today, kind: ClockKind.Decision);

        Assert.Equal(new KeyDate(Today, "Decision due"), BoardReviewFacts.NextKeyDate(clock, [], Today));
    }

    [Fact]
    public void A_passed_due_date_and_no_proceedings_leave_no_next_key_date()
    {
        Assert.Null(BoardReviewFacts.NextKeyDate(Clock(new DateOnly(2026, 10, 1)), [], Today));
        Assert.Null(BoardReviewFacts.NextKeyDate(Clock(null, kind: ClockKind.None), [], Today));
    }
}
