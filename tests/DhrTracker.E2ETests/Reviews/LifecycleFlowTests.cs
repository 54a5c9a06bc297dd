using System.Text.RegularExpressions;

namespace DhrTracker.E2ETests.Reviews;

/// <summary>Stage moves, pauses and the dashboard in a real browser; every page is scanned for WCAG 2.2 AA.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LifecycleFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_records_a_decision_after_a_refusal_that_keeps_the_input()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/reviews?q=DHR4");
        await page.GetByRole(AriaRole.Link, new() { Name = "Northbridge DHR4", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("review-stage")).ToHaveTextAsync("Scoping");
        await user.AssertAccessibleAsync();

        await page.GetByTestId("move-RecordDecision").ClickAsync();
        await page.GetByLabel("Date of decision").FillAsync("20/11/2026");
        await page.GetByTestId("confirm-move").ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Assertions.Expect(summary).ToContainTextAsync("Choose whether a review will be held.");
        await Assertions.Expect(summary).ToContainTextAsync("Enter the rationale for the decision.");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Date of decision")).ToHaveValueAsync("20/11/2026");
        await user.AssertAccessibleAsync();

        await page.ChooseInFieldAsync("Decision", "Hold a review");
        await page.GetByLabel("Rationale").FillAsync("Synthetic rationale: the statutory criteria are met.");
        await page.GetByTestId("confirm-move").ClickAsync();

        await Assertions.Expect(page.GetByTestId("review-stage")).ToHaveTextAsync("Commissioning");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Timeline" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("Record decision: Scoping → Commissioning");
        await user.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Coordinator_pauses_and_resumes_a_review()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/reviews?q=DHR5");
        await page.GetByRole(AriaRole.Link, new() { Name = "Northbridge DHR5", Exact = true }).ClickAsync();

        await page.GetByTestId("pause-review").ClickAsync();
        await page.ChooseInFieldAsync("Reason", "Inquest", exact: false);
        await page.GetByTestId("confirm-pause").ClickAsync();
        await Assertions.Expect(page.GetByTestId("paused-banner")).ToContainTextAsync("Inquest");
        await Assertions.Expect(page.GetByTestId("move-StartScoping")).ToHaveCountAsync(0);
        await user.AssertAccessibleAsync();

        await page.GetByTestId("resume-review").ClickAsync();
        await page.GetByTestId("confirm-resume").ClickAsync();
        await Assertions.Expect(page.GetByTestId("paused-banner")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("move-StartScoping")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Editing_refuses_a_future_date_of_death_and_keeps_what_was_typed()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/reviews?q=DHR6");
        await page.GetByRole(AriaRole.Link, new() { Name = "Northbridge DHR6", Exact = true }).ClickAsync();

        await page.GetByTestId("edit-record").ClickAsync();
        await page.GetByLabel("Home Office reference").FillAsync("HO/SYNTHETIC/6");
        await page.GetByLabel("Date of death").FillAsync("2099-01-01");
        await page.GetByTestId("save-record").ClickAsync();

        await Assertions.Expect(page.Locator("#field-DateOfDeath")).ToContainTextAsync("Date of death must be today or in the past.");
        await Assertions.Expect(page.GetByLabel("Home Office reference")).ToHaveValueAsync("HO/SYNTHETIC/6");
        await user.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Dashboard_numbers_open_the_list_they_count()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.AssertAccessibleAsync();
        var overdue = await page.GetByTestId("count-overdue").InnerTextAsync();

        await page.GetByTestId("count-overdue").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/reviews\\?rag=Red$"));
        await Assertions.Expect(page.GetByTestId("reviews-grid").Locator("tbody tr")).ToHaveCountAsync(int.Parse(overdue));
        await user.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Administrator_changes_the_amber_window()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("admin@demo.invalid");
        await user.GotoAsync("/admin/settings");
        await user.AssertAccessibleAsync();

        await page.GetByLabel("Show amber this many days before a deadline").FillAsync("500");
        await page.GetByTestId("save-settings").ClickAsync();
        await Assertions.Expect(page.Locator("#field-AmberWindowDays")).ToContainTextAsync("Amber warning must be between 0 and 180 days.");
        await user.AssertAccessibleAsync();
    }
}
