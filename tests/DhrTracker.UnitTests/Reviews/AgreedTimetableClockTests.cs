using DhrTracker.Core.Reviews;

namespace DhrTracker.UnitTests.Reviews;

/// <summary>An agreed revised target date is shown beside the statutory one; RAG follows it only when the partnership says so (ADR 0357).</summary>
public sealed class AgreedTimetableClockTests
{
    private static readonly ClockSettings Statutory = new(DecisionDueMonths: 1, ReportDueMonths: 6, AmberWindowDays: 28);
    private static readonly ClockSettings FollowsAgreed = Statutory with { RagFollowsAgreedTimetable = true };
    private static readonly DateOnly Today = new(2026, 11, 26);

    // Decided 1 Mar 2026: report due 1 Sep 2026, 86 days overdue today; agreed to 31 Jan 2027.
    private static ClockFacts Drafting(DateOnly? agreed) =>
        new(ReviewStage.Drafting, new DateOnly(2026, 2, 1), ReviewDecision.Hold, new DateOnly(2026, 3, 1), [], agreed);

    [Fact]
    public void The_agreed_date_is_shown_but_RAG_stays_statutory_by_default()
    {
        var clock = ReviewClocks.Read(Drafting(new DateOnly(2027, 1, 31)), Statutory, Today);

        Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31)), (clock.StatutoryDue, clock.AgreedDue));
        Assert.Equal((Rag.Red, 86, 86, false), (clock.Rag, clock.DaysOverdue, clock.RagDaysOverdue, clock.RagFollowsAgreed));
    }

    [Fact]
    public void When_the_partnership_says_so_RAG_follows_the_agreed_date_and_the_statutory_figures_stay()
    {
        var clock = ReviewClocks.Read(Drafting(new DateOnly(2027, 1, 31)), FollowsAgreed, Today);

        Assert.Equal((Rag.Green, 0, 66, true), (clock.Rag, clock.RagDaysOverdue, clock.RagDaysRemaining, clock.RagFollowsAgreed));
        Assert.Equal(86, clock.DaysOverdue);
    }

    [Theory]
    [InlineData("2026-12-10", Rag.Amber)]
    [InlineData("2026-11-25", Rag.Red)]
    public void An_agreed_date_soon_or_past_is_amber_or_red(string agreed, Rag rag) =>
        Assert.Equal(rag, ReviewClocks.Read(Drafting(DateOnly.Parse(agreed)), FollowsAgreed, Today).Rag);

    [Fact]
    public void Without_an_agreed_date_RAG_is_statutory_even_when_following_is_on() =>
        Assert.Equal((Rag.Red, new DateOnly(2026, 9, 1)), (ReviewClocks.Read(Drafting(null), FollowsAgreed, Today) is var c ? (c.Rag, c.RagDue) : default));

    [Fact]
    public void The_agreed_date_never_moves_the_decision_clock()
    {
        var facts = new ClockFacts(ReviewStage.Scoping, new DateOnly(2026, 10, 1), ReviewDecision.Pending, null, [], new DateOnly(2027, 6, 1));
        var clock = ReviewClocks.Read(facts, FollowsAgreed, Today);
        Assert.Equal((ClockKind.Decision, Rag.Red, new DateOnly(2026, 11, 1)), (clock.Kind, clock.Rag, clock.RagDue));
    }

    [Fact]
    public void The_stored_due_date_is_the_agreed_one_only_when_RAG_follows_it()
    {
        var review = new Review
        {
            Stage = ReviewStage.Drafting,
            DateNotified = new DateOnly(2026, 2, 1),
            Decision = ReviewDecision.Hold,
            DecisionDate = new DateOnly(2026, 3, 1),
            RevisedTargetDate = new DateOnly(2027, 1, 31),
        };
        ReviewClocks.RefreshDueDate(review, Statutory);
        Assert.Equal(new DateOnly(2026, 9, 1), review.ActiveDueDate);
        ReviewClocks.RefreshDueDate(review, FollowsAgreed);
        Assert.Equal(new DateOnly(2027, 1, 31), review.ActiveDueDate);
    }
}
