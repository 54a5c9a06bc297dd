using Bunit;
using DhrTracker.Core.Retention;
using DhrTracker.Core.Reviews;
using DhrTracker.Web.Components.Pages.Reviews;

namespace DhrTracker.Web.Tests.Components.Reviews;

/// <summary>R21: the review says when it is under legal hold, and only those the service allows are offered to place or lift one.</summary>
public sealed class LegalHoldControlTests : MudTestContext
{
    // The next-meeting line reads the database through its own service; the meetings browser test covers it.
    public LegalHoldControlTests() => ComponentFactories.AddStub<DhrTracker.Web.Components.Pages.Reviews.Meetings.NextMeetingLine>();

    private static ReviewDetails Details(LegalHold? hold, bool canSet)
    {
        var record = new ReviewRecordInput { Reference = "Northbridge DHR9", DateOfDeath = new DateOnly(2026, 1, 1), DateNotified = new DateOnly(2026, 1, 5) };
        var clock = new ClockReading(ClockKind.None, new DateOnly(2026, 2, 5), null, null, null, 0, 0, 0, 0, Rag.None, null);
        return new ReviewDetails(Guid.NewGuid(), "Northbridge", ReviewStage.Closed, DateTime.UtcNow, record, clock, [], [], [], CanChange: canSet)
        {
            LegalHold = hold,
            CanSetLegalHold = canSet,
        };
    }

    [Fact]
    public void R21_the_header_shows_the_hold_its_reason_and_date()
    {
        var header = Render<ReviewHeader>(p => p.Add(x => x.Review, Details(new LegalHold("Civil claim pending", new DateOnly(2026, 11, 26)), canSet: false)));

        Assert.Equal("Legal hold: Civil claim pending (since 26 Nov 2026)", header.Find("[data-testid=legal-hold-banner]").TextContent.Trim());
    }

    [Fact]
    public void R21_no_banner_when_there_is_no_hold()
    {
        var header = Render<ReviewHeader>(p => p.Add(x => x.Review, Details(null, canSet: true)));

        Assert.Empty(header.FindAll("[data-testid=legal-hold-banner]"));
    }

    [Fact]
    public void R21_a_coordinator_is_offered_to_place_a_hold_or_to_lift_the_one_in_place()
    {
        var free = Render<ReviewActions>(p => p.Add(x => x.Review, Details(null, canSet: true)));
        var held = Render<ReviewActions>(p => p.Add(x => x.Review, Details(new LegalHold("Public inquiry", new DateOnly(2026, 11, 1)), canSet: true)));

        Assert.Equal("Place legal hold", free.Find("[data-testid=place-legal-hold]").TextContent.Trim());
        Assert.Empty(free.FindAll("[data-testid=lift-legal-hold]"));
        Assert.Equal("Lift legal hold", held.Find("[data-testid=lift-legal-hold]").TextContent.Trim());
        Assert.Empty(held.FindAll("[data-testid=place-legal-hold]"));
    }

    [Fact]
    public void R21_someone_the_service_does_not_allow_is_offered_no_legal_hold_control()
    {
        var actions = Render<ReviewActions>(p => p.Add(x => x.Review, Details(new LegalHold("Public inquiry", new DateOnly(2026, 11, 1)), canSet: false)));

        Assert.Empty(actions.FindAll("[data-testid$=legal-hold]"));
    }
}
