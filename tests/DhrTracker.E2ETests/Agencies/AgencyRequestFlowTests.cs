using System.Globalization;

namespace DhrTracker.E2ETests.Agencies;

/// <summary>Issue 13 item 12's journey: an IMR requested, chased and received, leaving the partnership's overdue list.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AgencyRequestFlowTests(BrowserFixture browser)
{
    private const string Reference = "Northbridge DHR71";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Coordinator_requests_chases_and_receives_an_imr_and_it_leaves_the_overdue_list()
    {
        var today = browser.App.Today;
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/reviews/new");
        await page.GetByLabel("Reference").FillAsync(Reference);
        await page.GetByLabel("Date of death").FillAsync(Iso(today.AddDays(-90)));
        await page.GetByLabel("Date the partnership was notified").FillAsync(Iso(today.AddDays(-85)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Create review" }).ClickAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Agencies & panel" }).ClickAsync();
        await page.GetByTestId("add-review-agency").ClickAsync();
        await page.ChooseAsync(page.GetByTestId("select-AgencyId"), "Police");
        await page.GetByTestId("save-review-agency").ClickAsync();
        await Assertions.Expect(page.GetByTestId("review-agency-row")).ToHaveCountAsync(1);
        await page.GetByTestId("open-requests").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Agency requests: {Reference}" })).ToBeVisibleAsync();
        await user.WaitForInteractiveAsync();

        var imr = page.Locator("[data-testid=request-row][data-agency=Police][data-kind=Imr]");
        await imr.GetByTestId("record-request").ClickAsync();
        await page.GetByLabel("Date requested").FillAsync(Iso(today.AddDays(-30)));
        await page.GetByLabel("Date due").FillAsync(Iso(today.AddDays(-10)));
        await page.GetByTestId("save-request").ClickAsync();
        await Assertions.Expect(imr.GetByTestId("request-overdue")).ToContainTextAsync("10 days overdue");
        await user.AssertAccessibleAsync();

        await user.GotoAsync("/reviews/requests?overdue=true");
        var listed = page.Locator($"[data-testid=partnership-request-row][data-reference='{Reference}']");
        await Assertions.Expect(listed).ToHaveCountAsync(1);
        await user.AssertAccessibleAsync();
        await listed.GetByRole(AriaRole.Link, new() { Name = Reference }).ClickAsync();
        await user.WaitForInteractiveAsync();

        await imr.GetByTestId("record-chase").ClickAsync();
        await page.GetByLabel("Date chased").FillAsync(Iso(today.AddDays(-2)));
        await page.GetByLabel("How and what was said (optional)").FillAsync("Emailed the contact.");
        await page.GetByTestId("save-chase").ClickAsync();
        await Assertions.Expect(imr).ToContainTextAsync("Emailed the contact.");

        await imr.GetByTestId("record-receipt").ClickAsync();
        await page.GetByTestId("save-receipt").ClickAsync();
        await Assertions.Expect(imr).ToContainTextAsync("Received");
        await Assertions.Expect(imr.GetByTestId("request-overdue")).ToHaveCountAsync(0);

        await user.GotoAsync("/reviews/requests?overdue=true");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Agency requests", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("partnership-request-row").Or(page.GetByTestId("requests-empty")).First).ToBeVisibleAsync();
        await Assertions.Expect(listed).ToHaveCountAsync(0);
    }
}
