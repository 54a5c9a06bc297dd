namespace DhrTracker.E2ETests.Reliability;

/// <summary>
/// R23 in the browser (Production, two-factor; ADR 0403): a coordinator types a finding, the connection drops for ten
/// seconds, the page is reloaded, and what they had typed is offered back from the server; the browser's own storage never
/// held it. Continuing and saving it leaves no draft behind.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DraftsFlowTests(BrowserFixture browser)
{
    private const string Narrative = "The housing officer heard raised voices on two visits and showed no professional curiosity about them.";

    [Fact]
    public async Task A_finding_typed_before_the_connection_dropped_is_offered_back_after_a_reload_and_saved_once()
    {
        var review = await browser.App.AddHeldReviewAsync("DRF", monthsAgo: 5);
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync($"/reviews/{review.Id}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Findings" }).ClickAsync();

        await page.GetByTestId("add-finding").ClickAsync();
        await page.ChooseAsync(page.GetByTestId("finding-type-select"), "Missed opportunity", exact: false);
        await page.GetByLabel("Narrative", new() { Exact = true }).FillAsync(Narrative);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add suggested theme Professional curiosity" }).ClickAsync();
        // Kept on the server within one look (every 5 s): the form says when. A look may have kept the form before the
        // narrative and theme were in it, so wait until what is kept is the form as it is now.
        await Assertions.Expect(page.GetByTestId("draft-status")).ToContainTextAsync("Your unsaved changes were kept at");
        await Assertions.Expect(page.GetByTestId("draft-status")).ToHaveAttributeAsync("data-kept", "yes");

        var stored = await page.EvaluateAsync<string>(
            "() => JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])");
        Assert.DoesNotContain("housing officer", stored, StringComparison.OrdinalIgnoreCase);

        await user.Context.SetOfflineAsync(true);
        await Task.Delay(TimeSpan.FromSeconds(10));
        await user.Context.SetOfflineAsync(false);
        await page.ReloadAsync();
        await user.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Findings" }).ClickAsync();

        var offer = page.GetByTestId("finding-draft");
        await Assertions.Expect(offer).ToContainTextAsync("You began a new finding and did not save it.");
        await user.AssertAccessibleAsync();
        await offer.GetByTestId("continue-draft").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Narrative", new() { Exact = true })).ToHaveValueAsync(Narrative);
        await Assertions.Expect(page.GetByTestId("finding-form")).ToContainTextAsync("Professional curiosity");
        await page.GetByTestId("save-finding").ClickAsync();

        await Assertions.Expect(page.GetByTestId("finding").Filter(new() { HasText = Narrative })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("finding-draft")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await user.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Findings" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("finding").Filter(new() { HasText = Narrative })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("finding-draft")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_recommendation_and_the_review_details_typed_before_the_tab_closed_are_offered_back_in_a_new_tab_and_saved()
    {
        const string Text = "The partnership should brief every housing officer on asking about domestic abuse after raised voices.";
        var review = await browser.App.AddHeldReviewAsync("DRR", monthsAgo: 5);
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("coordinator@demo.invalid");
        var page = user.Page;
        await user.GotoAsync($"/reviews/{review.Id}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Recommendations & actions" }).ClickAsync();
        await page.GetByTestId("add-recommendation").ClickAsync();
        await page.GetByLabel("Recommendation", new() { Exact = true }).FillAsync(Text);
        await page.ChooseInFieldAsync("Scope", "Local");
        await Assertions.Expect(page.GetByTestId("draft-status")).ToHaveAttributeAsync("data-kept", "yes");

        // Away from the form without saving it (the review opens on its summary), then into the review's details.
        await user.GotoAsync($"/reviews/{review.Id}");
        await page.GetByTestId("edit-record").ClickAsync();
        await page.GetByLabel("Home Office reference").FillAsync("HO/SYNTHETIC/DRAFT");
        await Assertions.Expect(page.GetByTestId("draft-status")).ToHaveAttributeAsync("data-kept", "yes");

        // The tab is closed without saving either form; a new one opens the review.
        await page.CloseAsync();
        var again = await user.Context.NewPageAsync();
        await again.GotoAsync($"/reviews/{review.Id}");
        await again.Locator("[data-interactive='true']").WaitForAsync();
        var offer = again.GetByTestId("record-draft");
        await Assertions.Expect(offer).ToContainTextAsync("You began changing the review details and did not save it.");
        await offer.GetByTestId("continue-draft").ClickAsync();
        await Assertions.Expect(again.GetByLabel("Home Office reference")).ToHaveValueAsync("HO/SYNTHETIC/DRAFT");
        await again.GetByTestId("save-record").ClickAsync();
        await Assertions.Expect(again.GetByTestId("record-facts")).ToContainTextAsync("HO/SYNTHETIC/DRAFT");
        await Assertions.Expect(again.GetByTestId("record-draft")).ToHaveCountAsync(0);

        await again.GetByRole(AriaRole.Tab, new() { Name = "Recommendations & actions" }).ClickAsync();
        var recommendation = again.GetByTestId("recommendation-draft");
        await Assertions.Expect(recommendation).ToContainTextAsync("You began a new recommendation and did not save it.");
        await recommendation.GetByTestId("continue-draft").ClickAsync();
        await Assertions.Expect(again.GetByLabel("Recommendation", new() { Exact = true })).ToHaveValueAsync(Text);
        await again.GetByLabel("Date made").FillAsync(browser.App.Today.AddDays(-3).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await again.GetByTestId("save-recommendation").ClickAsync();
        await Assertions.Expect(again.GetByText(Text)).ToHaveCountAsync(1);
        await Assertions.Expect(again.GetByTestId("recommendation-draft")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_change_to_a_saved_recommendation_typed_before_the_tab_closed_is_offered_back_by_its_number_and_saved()
    {
        const string First = "The partnership should write to every GP practice about routine enquiry (synthetic).";
        const string Changed = "The partnership should visit every GP practice about routine enquiry within six months (synthetic).";
        var review = await browser.App.AddHeldReviewAsync("DRE", monthsAgo: 5);
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("coordinator@demo.invalid");
        var page = user.Page;
        await user.GotoAsync($"/reviews/{review.Id}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Recommendations & actions" }).ClickAsync();
        await page.GetByTestId("add-recommendation").ClickAsync();
        await page.GetByLabel("Recommendation", new() { Exact = true }).FillAsync(First);
        await page.GetByLabel("Date made").FillAsync(browser.App.Today.AddDays(-3).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("save-recommendation").ClickAsync();
        await Assertions.Expect(page.GetByTestId("recommendation-text")).ToHaveTextAsync(First);

        await page.GetByTestId("edit-recommendation").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit recommendation 1" })).ToBeVisibleAsync();
        await page.GetByLabel("Recommendation", new() { Exact = true }).FillAsync(Changed);
        await Assertions.Expect(page.GetByTestId("draft-status")).ToHaveAttributeAsync("data-kept", "yes");
        await user.AssertAccessibleAsync();
        await page.CloseAsync();

        var again = await user.Context.NewPageAsync();
        await again.GotoAsync($"/reviews/{review.Id}");
        await again.Locator("[data-interactive='true']").WaitForAsync();
        await again.GetByRole(AriaRole.Tab, new() { Name = "Recommendations & actions" }).ClickAsync();
        var offer = again.GetByTestId("recommendation-draft");
        await Assertions.Expect(offer).ToContainTextAsync("You began changing recommendation 1 and did not save it.");
        // Not saved: the recommendation still reads as it was saved.
        await Assertions.Expect(again.GetByTestId("recommendation-text")).ToHaveTextAsync(First);
        await offer.GetByTestId("continue-draft").ClickAsync();
        await Assertions.Expect(again.GetByLabel("Recommendation", new() { Exact = true })).ToHaveValueAsync(Changed);
        await again.GetByTestId("save-recommendation").ClickAsync();
        await Assertions.Expect(again.GetByTestId("recommendation-text")).ToHaveTextAsync(Changed);
        await Assertions.Expect(again.GetByTestId("recommendation-draft")).ToHaveCountAsync(0);
    }
}
