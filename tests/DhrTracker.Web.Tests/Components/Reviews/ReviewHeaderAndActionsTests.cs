using Bunit;
using DhrTracker.Core.Reviews;
using DhrTracker.Web.Components.Pages.Reviews;

namespace DhrTracker.Web.Tests.Components.Reviews;

/// <summary>The review header and action bar show what the services decided, with stable names for browser tests.</summary>
public sealed class ReviewHeaderAndActionsTests : MudTestContext
{
    // The next-meeting line reads the database through its own service; the meetings browser test covers it.
    public ReviewHeaderAndActionsTests() => ComponentFactories.AddStub<DhrTracker.Web.Components.Pages.Reviews.Meetings.NextMeetingLine>();

    private static ReviewDetails Details(ReviewStage stage, ClockReading clock, IReadOnlyList<PausePeriod>? pauses = null, bool ended = false)
    {
        var record = new ReviewRecordInput
        {
            Reference = "Northbridge DHR9",
            DateOfDeath = new DateOnly(2026, 1, 1),
            DateNotified = new DateOnly(2026, 1, 5),
        };
        var moves = ended ? [] : ReviewStageMachine.Available(stage, pauses?.Any(p => p.End is null) ?? false);
        return new ReviewDetails(Guid.NewGuid(), "Northbridge", stage, DateTime.UtcNow, record, clock, pauses ?? [], [], moves, CanChange: true);
    }

    private static ClockReading Overdue(int days, PauseReason? paused = null) => new(ClockKind.Decision, new DateOnly(2026, 2, 5), null,
        new DateOnly(2026, 2, 5), new DateOnly(2026, 2, 5), 0, days, days, -days, Rag.Red, paused);

    [Fact]
    public void Header_says_how_overdue_in_words_not_only_colour()
    {
        var header = Render<ReviewHeader>(p => p.Add(x => x.Review, Details(ReviewStage.Scoping, Overdue(12))));

        Assert.Equal("12 days overdue", header.Find("[data-testid=rag]").TextContent);
        Assert.Equal("12 days past the statutory date", header.Find("[data-testid=clock-words]").TextContent);
        Assert.Empty(header.FindAll("[data-testid=adjusted-due]"));
        Assert.Equal("Scoping", header.Find("[data-testid=review-stage]").TextContent.Trim());
        Assert.Empty(header.FindAll("[data-testid=paused-banner]"));
    }

    [Fact]
    public void A_long_paused_review_says_it_is_late_by_the_statute_and_on_time_allowing_for_the_pauses()
    {
        // Report due 1 Sep 2026, read 1 Nov: 61 days late; 70 days paused put the adjusted date at 10 Nov.
        var clock = new ClockReading(ClockKind.Report, new DateOnly(2026, 3, 1), new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 1),
            new DateOnly(2026, 11, 10), 70, 61, 0, -61, Rag.Red, null);

        var header = Render<ReviewHeader>(p => p.Add(x => x.Review, Details(ReviewStage.Drafting, clock)));

        Assert.Equal("61 days past the statutory date; on time allowing for 70 paused days", header.Find("[data-testid=clock-words]").TextContent);
        Assert.Equal("10 Nov 2026", header.Find("[data-testid=adjusted-due]").TextContent);
    }

    [Fact]
    public void A_paused_review_shows_why_and_offers_resume_but_no_moves()
    {
        PausePeriod[] pauses = [new(new DateOnly(2026, 3, 1), null, PauseReason.CriminalTrial)];
        var details = Details(ReviewStage.Drafting, Overdue(3, PauseReason.CriminalTrial), pauses);

        var header = Render<ReviewHeader>(p => p.Add(x => x.Review, details));
        var actions = Render<ReviewActions>(p => p.Add(x => x.Review, details));

        Assert.Contains("Criminal trial", header.Find("[data-testid=paused-banner]").TextContent);
        Assert.Single(actions.FindAll("[data-testid=resume-review]"));
        Assert.Empty(actions.FindAll("[data-testid=pause-review]"));
        Assert.Empty(actions.FindAll("[data-testid^=move-]"));
    }

    [Fact]
    public void Each_offered_move_has_a_stable_test_id_and_its_label_as_accessible_name()
    {
        var actions = Render<ReviewActions>(p => p.Add(x => x.Review, Details(ReviewStage.Scoping, Overdue(1))));

        var buttons = actions.FindAll("[data-testid^=move-]");
        Assert.Equal(["move-RecordDecision", "move-StepBack"], buttons.Select(b => b.GetAttribute("data-testid")));
        Assert.Equal(["Record decision", "Step back a stage"], buttons.Select(b => b.TextContent.Trim()));
        Assert.Single(actions.FindAll("[data-testid=pause-review]"));
    }
}
