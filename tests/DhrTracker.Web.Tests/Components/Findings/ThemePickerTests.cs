using Bunit;
using DhrTracker.Core.Findings;
using DhrTracker.Web.Components.Pages.Reviews.Findings;

namespace DhrTracker.Web.Tests.Components.Findings;

/// <summary>Suggested themes are offered as chips to click; the narrative never tags a finding by itself.</summary>
public sealed class ThemePickerTests : MudTestContext
{
    private static readonly ThemeChoice Coercive = new(Guid.NewGuid(), "Coercive control", "Nature of abuse", ["controlling"]);
    private static readonly ThemeChoice Alcohol = new(Guid.NewGuid(), "Alcohol", "Victim context", []);

    private IRenderedComponent<ThemePicker> RenderPicker(List<Guid> selected, string narrative, Action? changed = null) =>
        Render<ThemePicker>(p => p
            .Add(x => x.Id, "t")
            .Add(x => x.Label, "Themes")
            .Add(x => x.Choices, [Coercive, Alcohol])
            .Add(x => x.Selected, selected)
            .Add(x => x.SuggestFrom, narrative)
            .Add(x => x.SelectedChanged, () => changed?.Invoke()));

    [Fact]
    public void A_keyword_in_the_narrative_offers_a_chip_but_chooses_nothing()
    {
        var selected = new List<Guid>();

        var picker = RenderPicker(selected, "Her partner was controlling.");

        var suggestion = Assert.Single(picker.FindAll("[data-testid='suggested-theme-chip']"));
        Assert.Equal("Add suggested theme Coercive control", suggestion.GetAttribute("aria-label"));
        Assert.Empty(selected);
        Assert.Empty(picker.FindAll("[data-testid='theme-chip']"));
    }

    [Fact]
    public void Clicking_a_suggestion_chooses_it_and_stops_suggesting_it()
    {
        var selected = new List<Guid>();
        var changes = 0;
        var picker = RenderPicker(selected, "Her partner was controlling.", () => changes++);

        picker.Find("[data-testid='suggested-theme-chip']").Click();

        Assert.Equal([Coercive.Id], selected);
        Assert.Equal(1, changes);
        Assert.Equal("Coercive control", picker.Find("[data-testid='theme-chip']").GetAttribute("data-theme"));
        Assert.Empty(picker.FindAll("[data-testid='suggested-theme-chip']"));
    }

    [Fact]
    public void Clicking_a_chosen_theme_removes_it()
    {
        var selected = new List<Guid> { Alcohol.Id };
        var picker = RenderPicker(selected, "");

        picker.Find("[data-testid='theme-chip']").Click();

        Assert.Empty(selected);
    }

    [Fact]
    public async Task Choosing_a_theme_from_the_list_shows_its_name_in_the_box_not_its_id()
    {
        var selected = new List<Guid>();
        var picker = RenderPicker(selected, "");

        await picker.InvokeAsync(() => picker.FindComponent<MudBlazor.MudSelect<Guid?>>().Instance.SelectOption(Alcohol.Id));

        Assert.Equal([Alcohol.Id], selected);
        var box = picker.Find("input[data-testid='t-add']");
        Assert.DoesNotContain(Alcohol.Id.ToString(), picker.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Alcohol", box.GetAttribute("value"));
    }
}
