using DhrTracker.Core.Reviews;
using DhrTracker.Core.Reviews.Qa;

namespace DhrTracker.UnitTests.Reviews;

/// <summary>The publication gate the Publish move can ask (ADR 0371), and the summary's "approved, not yet published" line.</summary>
public sealed class QaAreasTests
{
    private static QaDevelopmentArea Area(int number, bool done) => new()
    {
        Number = number,
        Text = $"Area {number}",
        RaisedOn = new DateOnly(2026, 3, 3),
        DoneOn = done ? new DateOnly(2026, 4, 1) : null,
        HowAddressed = done ? "Changed." : null,
    };

    [Fact]
    public void Open_areas_are_counted_and_block_publication_until_each_is_done()
    {
        QaDevelopmentArea[] areas = [Area(4, false), Area(1, false), Area(2, true), Area(3, false)];

        Assert.Equal(3, QaAreas.OpenCount(areas));
        Assert.True(QaAreas.BlocksPublication(areas));
        var refusal = QaAreas.PublicationRefusal(areas)!;
        Assert.Equal(("Move", "Areas for final development 1, 3 and 4 from the QA letter are not yet done: mark each done, "
            + "with how the report addressed it, before recording publication."), (refusal.Field, refusal.Message));
    }

    [Fact]
    public void One_open_area_is_named_alone_and_none_open_lets_publication_through()
    {
        Assert.Equal("Area for final development 2 from the QA letter is not yet done: mark each done, with how the report addressed it, "
            + "before recording publication.", QaAreas.PublicationRefusal([Area(1, true), Area(2, false)], "PublicationDate")!.Message);
        Assert.False(QaAreas.BlocksPublication([Area(1, true), Area(2, true)]));
        Assert.False(QaAreas.BlocksPublication([]));
        Assert.Null(QaAreas.PublicationRefusal([Area(1, true)]));
    }

    [Theory]
    [InlineData(QaOutcome.Publish, "2026-04-13", "Approved by the Home Office on 3 Mar 2026 (41 days ago), not yet published")]
    [InlineData(QaOutcome.PublishAfterAmendments, "2026-03-04",
        "Approved by the Home Office, subject to amendments, on 3 Mar 2026 (1 day ago), not yet published")]
    [InlineData(QaOutcome.Publish, "2026-03-03", "Approved by the Home Office on 3 Mar 2026 (today), not yet published")]
    public void Awaiting_publication_says_when_it_was_approved_and_how_long_ago(QaOutcome outcome, string today, string expected) =>
        Assert.Equal(expected, ApprovedNotPublished.Describe(ReviewStage.AwaitingPublication, outcome, new DateOnly(2026, 3, 3), DateOnly.Parse(today)));

    [Fact]
    public void Other_stages_or_no_outcome_date_say_nothing()
    {
        var today = new DateOnly(2026, 4, 13);
        Assert.Null(ApprovedNotPublished.Describe(ReviewStage.ActionPlanMonitoring, QaOutcome.Publish, new DateOnly(2026, 3, 3), today));
        Assert.Null(ApprovedNotPublished.Describe(ReviewStage.AwaitingPublication, QaOutcome.Publish, null, today));
        Assert.Equal(41, ApprovedNotPublished.DaysWaiting(ReviewStage.AwaitingPublication, new DateOnly(2026, 3, 3), today));
    }
}
