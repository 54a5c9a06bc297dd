using DhrTracker.Core.Reviews;

namespace DhrTracker.UnitTests.Reviews;

/// <summary>
/// Readings come from the real clocks (decision due a month after notification, report six months after the
/// decision to hold); each expected figure is counted by hand in the comment beside it.
/// </summary>
public sealed class ClockWordsTests
{
    private static readonly ClockSettings Defaults = new(DecisionDueMonths: 1, ReportDueMonths: 6, AmberWindowDays: 28);
    private static readonly DateOnly Decided = new(2026, 3, 1); // report due 1 Sep 2026

    private static ClockReading Report(DateOnly today, params PausePeriod[] pauses) =>
        ReviewClocks.Read(new ClockFacts(ReviewStage.Drafting, new DateOnly(2026, 2, 1), ReviewDecision.Hold, Decided, pauses), Defaults, today);

    // Notified 1 Oct 2026: decision due 1 Nov 2026.
    private static ClockReading Decision(DateOnly today, params PausePeriod[] pauses) =>
        ReviewClocks.Read(new ClockFacts(ReviewStage.Scoping, new DateOnly(2026, 10, 1), ReviewDecision.Pending, null, pauses), Defaults, today);

    private static PausePeriod Pause(DateOnly start, DateOnly? end) => new(start, end, PauseReason.CriminalTrial);

    [Fact]
    public void The_rag_words_count_one_day_as_a_day()
    {
        // Report due 1 Sep 2026: on 31 Aug one day is left (amber); on 2 Sep it is one day late (red); 1 Sep is the day.
        Assert.Equal("Due in 1 day", ClockWords.RagStanding(Report(new DateOnly(2026, 8, 31))));
        Assert.Equal("Due today", ClockWords.RagStanding(Report(new DateOnly(2026, 9, 1))));
        Assert.Equal("1 day overdue", ClockWords.RagStanding(Report(new DateOnly(2026, 9, 2))));
        Assert.Equal("3 days overdue", ClockWords.RagStanding(Report(new DateOnly(2026, 9, 4))));
    }

    [Fact]
    public void Pauses_that_explain_the_whole_delay_read_on_time_beside_the_statutory_figure()
    {
        // 1 Sep to 1 Nov: 30 + 31 = 61 days late. Paused 1 Apr to 10 Jun: 30 + 31 + 9 = 70 days, so adjusted due 10 Nov.
        var clock = Report(new DateOnly(2026, 11, 1), Pause(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 10)));

        Assert.Equal("61 days past the statutory date; on time allowing for 70 paused days", ClockWords.Describe(clock));
    }

    [Fact]
    public void Pauses_that_explain_part_of_the_delay_say_what_is_left()
    {
        // 61 days late. Paused 1 Apr to 21 May: 30 + 20 = 50 days, so adjusted due 21 Oct, 11 days before 1 Nov.
        var clock = Report(new DateOnly(2026, 11, 1), Pause(new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 21)));

        Assert.Equal("61 days past the statutory date; 11 days overdue allowing for 50 paused days", ClockWords.Describe(clock));
        Assert.Equal("11 days overdue allowing for 50 paused days", ClockWords.AllowingForPauses(clock));
    }

    [Fact]
    public void One_day_and_one_paused_day_are_singular()
    {
        // Due 1 Nov, read 2 Nov. Paused 10 to 11 Oct: one day, so adjusted due 2 Nov: on time.
        var clock = Decision(new DateOnly(2026, 11, 2), Pause(new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 11)));

        Assert.Equal("1 day past the statutory date; on time allowing for 1 paused day", ClockWords.Describe(clock));
    }

    [Fact]
    public void A_pause_still_running_counts_to_today()
    {
        // Due 1 Nov, read 1 Nov; paused since 20 Oct: 12 days.
        var clock = Decision(new DateOnly(2026, 11, 1), Pause(new DateOnly(2026, 10, 20), null));

        Assert.Equal("Due today; on time allowing for 12 paused days", ClockWords.Describe(clock));
        Assert.Equal("due today", ClockWords.Statutory(clock));
    }

    [Theory]
    [InlineData("2026-10-20", "Due in 12 days (statutory date)")] // 20 Oct to 1 Nov
    [InlineData("2026-10-31", "Due in 1 day (statutory date)")]
    [InlineData("2026-11-01", "Due today")]
    [InlineData("2026-11-13", "12 days past the statutory date")]
    public void A_clock_never_paused_says_only_where_it_stands_against_the_statutory_date(string today, string words)
    {
        var clock = Decision(DateOnly.Parse(today));

        Assert.Equal(words, ClockWords.Describe(clock));
        Assert.Null(ClockWords.AllowingForPauses(clock));
    }

    [Fact]
    public void The_words_follow_the_statutory_date_even_when_RAG_follows_an_agreed_one()
    {
        var facts = new ClockFacts(ReviewStage.Drafting, new DateOnly(2026, 2, 1), ReviewDecision.Hold, Decided, [],
            AgreedDue: new DateOnly(2026, 12, 1));
        var clock = ReviewClocks.Read(facts, Defaults with { RagFollowsAgreedTimetable = true }, new DateOnly(2026, 11, 1));

        Assert.True(clock.RagFollowsAgreed);
        Assert.Equal("61 days past the statutory date", ClockWords.Describe(clock));
    }

    [Fact]
    public void No_clock_running_gives_no_words()
    {
        var clock = ReviewClocks.Read(new ClockFacts(ReviewStage.Closed, new DateOnly(2026, 2, 1), ReviewDecision.Hold, Decided,
            [Pause(new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1))]), Defaults, new DateOnly(2026, 11, 1));

        Assert.Null(ClockWords.Describe(clock));
        Assert.Null(ClockWords.Statutory(clock));
        Assert.Null(ClockWords.AllowingForPauses(clock));
    }
}
