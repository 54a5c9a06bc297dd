using System.Globalization;

namespace DhrTracker.E2ETests.Panel;

/// <summary>Issue 13 item 13's journey: a coordinator arranges a panel meeting and the review header shows it as the next one.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingFlowTests(BrowserFixture browser)
{
    private const string Reference = "Northbridge DHR72";

    [Fact]
    public async Task Coordinator_arranges_a_meeting_and_the_header_shows_the_next_one()
    {
        var today = browser.App.Today;
        var day = today.AddDays(14);
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/reviews/new");
        await page.GetByLabel("Reference").FillAsync(Reference);
        await page.GetByLabel("Date of death").FillAsync(today.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Date the partnership was notified").FillAsync(today.AddDays(-18).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Create review" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("next-meeting")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Meetings" }).ClickAsync();
        await page.GetByTestId("add-meeting").ClickAsync();
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Start time (UK time)").FillAsync("10:00");
        await page.GetByLabel("Where (room, or online and how to join)").FillAsync("Committee Room 2");
        await user.AssertAccessibleAsync();
        await page.GetByTestId("save-meeting").ClickAsync();

        var when = $"{day.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} 10:00";
        await Assertions.Expect(page.GetByTestId("meeting-row")).ToContainTextAsync(when);
        await Assertions.Expect(page.GetByTestId("meeting-ics")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"/meetings/[0-9a-f-]{36}\.ics$"));
        await user.AssertAccessibleAsync();

        await page.ReloadAsync();
        await user.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("next-meeting")).ToHaveTextAsync($"{when}, Committee Room 2");
    }
}
