using Microsoft.Extensions.Logging;

namespace DhrTracker.E2ETests.Reliability;

/// <summary>
/// R20: an impatient user (or a mouse that bounces) clicks Save many times before the page answers. Every click
/// reaches the server before the button is shown disabled, so only the server can make them write once, and none
/// may end in an error the user never sees (a second operation started on the same DbContext is logged, not shown).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RapidClicksFlowTests(BrowserFixture browser)
{
    private const string Narrative = "Twenty clicks on save: the housing officer asked about stalking and recorded the answer the same day.";

    [Fact]
    public async Task Twenty_clicks_on_save_before_the_page_answers_write_one_finding()
    {
        // A review of its own: the demo reviews' findings are what other browser tests count and filter.
        var review = await browser.App.AddHeldReviewAsync("RAP", monthsAgo: 6);
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync($"/reviews/{review.Id}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Findings" }).ClickAsync();
        await page.GetByTestId("add-finding").ClickAsync();
        await page.ChooseAsync(page.GetByTestId("finding-type-select"), "Good practice", exact: false);
        await page.ChooseAsync(page.GetByTestId("finding-agency-select"), "Housing");
        await page.GetByLabel("Narrative", new() { Exact = true }).FillAsync(Narrative);
        await page.GetByLabel("Narrative", new() { Exact = true }).BlurAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add suggested theme Stalking and harassment" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("theme-chip")).ToHaveCountAsync(1);

        // All twenty in one script turn, so none waits for the server to disable the button.
        using var recording = browser.App.Logs.Record();
        await page.GetByTestId("save-finding").EvaluateAsync("b => { for (let i = 0; i < 20; i++) b.click(); }");

        var saved = page.GetByTestId("finding").Filter(new() { HasText = Narrative });
        await Assertions.Expect(saved).ToHaveCountAsync(1);
        // The list is read again after any later write: still one.
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Findings" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("finding").First).ToBeVisibleAsync();
        await Assertions.Expect(saved).ToHaveCountAsync(1);

        // By now the first page's queued clicks have all been handled.
        var errors = recording.Lines.Where(l => l.Level >= LogLevel.Warning).Select(l => $"{l.Category}: {l.Message}").ToList();
        Assert.True(errors.Count == 0, "The clicks were logged as failing:\n" + string.Join("\n", errors));
    }
}
