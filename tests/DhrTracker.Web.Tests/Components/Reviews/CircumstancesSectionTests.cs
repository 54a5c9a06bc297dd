using Bunit;
using DhrTracker.Core.People;
using DhrTracker.Web.Components.Pages.Reviews.People;

namespace DhrTracker.Web.Tests.Components.Reviews;

/// <summary>Someone who may not change the circumstances (a Manager) reads them, with no controls that do nothing (ADR 0381).</summary>
public sealed class CircumstancesSectionTests : MudTestContext
{
    [Fact]
    public void A_reader_who_cannot_change_them_sees_the_circumstances_read_only()
    {
        var circumstances = new CircumstancesInput { CoerciveControl = true, Stalking = true, ChildrenInHousehold = 2, ChildrenPresent = false };
        var people = new ReviewPeople(Guid.NewGuid(), [], [], [], circumstances, new ReviewClassification(null, false), CanWorkOn: false, []);

        var section = Render<CircumstancesSection>(p => p.Add(x => x.People, people));

        Assert.Empty(section.FindAll("[data-testid^='select-'], [data-testid^='check-'], input, [data-testid='save-circumstances']"));
        var view = section.Find("[data-testid='circumstances-view'] dl.summary-list").TextContent;
        Assert.Contains("Coercive control, Stalking", view, StringComparison.Ordinal);
        Assert.Contains(Labels.Display(circumstances.CauseOfDeath), view, StringComparison.Ordinal);
    }
}
