using Bunit;
using DhrTracker.Core.Findings;
using DhrTracker.Web.Components.Pages.Reviews.Findings;

namespace DhrTracker.Web.Tests.Components.Findings;

/// <summary>Good practice must read differently from failings in words and styling, not colour alone.</summary>
public sealed class FindingCardTests : MudTestContext
{
    private IRenderedComponent<FindingCard> RenderCard(FindingType type) =>
        Render<FindingCard>(p => p.Add(x => x.Finding,
            new FindingView(Guid.NewGuid(), type, FindingAgency.None, "Narrative", null, [new ThemeTag(Guid.NewGuid(), "Alcohol", "Victim context")], Guid.NewGuid(), default)));

    [Theory]
    [InlineData(FindingType.GoodPractice, "finding--good", "Good practice")]
    [InlineData(FindingType.MissedOpportunity, "finding--failing", "Missed opportunity")]
    [InlineData(FindingType.AreaForImprovement, "finding--failing", "Area for improvement")]
    [InlineData(FindingType.OtherLearning, "finding--other", "Other learning")]
    public void Each_type_is_labelled_in_words_and_styled_by_kind(FindingType type, string cssClass, string label)
    {
        var card = RenderCard(type);

        Assert.Contains(cssClass, card.Find("[data-testid='finding']").ClassList);
        Assert.Equal(label, card.Find("[data-testid='finding-type']").TextContent.Trim());
        Assert.Equal("No single agency", card.FindAll("dd")[0].TextContent);
    }

    [Fact]
    public void No_edit_button_unless_the_user_may_edit()
    {
        Assert.Empty(RenderCard(FindingType.GoodPractice).FindAll("[data-testid='edit-finding']"));
    }
}
