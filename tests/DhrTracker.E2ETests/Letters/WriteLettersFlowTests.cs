using DhrTracker.Core.Agencies;
using DhrTracker.Core.Demo;
using DhrTracker.Core.Panel;
using Microsoft.EntityFrameworkCore;

namespace DhrTracker.E2ETests.Letters;

/// <summary>Issue 14 item 3 in the browser: IMR requests written to two agencies in one go, both found in the review's documents.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WriteLettersFlowTests(BrowserFixture browser)
{
    /// <summary>
    /// A held review of the demo partnership with the demo chair seated and two agencies of its own (with contacts, IMRs due),
    /// made for this test alone so no demo fact changes.
    /// </summary>
    private async Task<(Guid Id, string Reference, string First, string Second)> HeldReviewAsync()
    {
        var today = browser.App.Today;
        var tag = Guid.NewGuid().ToString()[..6];
        var names = new[] { $"Letterford Police {tag}", $"O'Brien & Sons Housing {tag}" };
        var review = await browser.App.AddHeldReviewAsync("LT", monthsAgo: 3, more: async (db, held) =>
        {
            var chair = await db.Users.Where(u => u.Email == DemoData.ChairEmail).Select(u => u.Id).SingleAsync();
            db.PanelMemberships.Add(new PanelMembership { Id = Guid.NewGuid(), ReviewId = held.Id, UserId = chair, Role = PanelRole.Chair });
            foreach (var name in names)
            {
                var agency = new Agency { PartnershipId = held.PartnershipId, Name = name, ContactName = "Sam Ridley", ContactEmail = "sam.ridley@agency.example.org" };
                db.Agencies.Add(agency);
                await db.SaveChangesAsync(); // the agency's id comes from the database
                db.ReviewAgencies.Add(new ReviewAgency { Id = Guid.NewGuid(), ReviewId = held.Id, AgencyId = agency.Id, ImrDue = today.AddDays(28) });
            }
        });
        return (review.Id, review.Reference, names[0], names[1]);
    }

    [Fact]
    public async Task Coordinator_writes_IMR_requests_to_two_agencies_and_finds_both_in_the_documents()
    {
        var (id, reference, first, second) = await HeldReviewAsync();
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync($"/reviews/{id}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Documents" }).ClickAsync();
        await page.GetByTestId("write-letters").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Write letters: {reference}" })).ToBeVisibleAsync();
        await user.WaitForInteractiveAsync();

        await page.GetByRole(AriaRole.Radio, new() { Name = "IMR and chronology request", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = first }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = second }).CheckAsync();
        await page.GetByTestId("write-letters-button").ClickAsync();

        await Assertions.Expect(page.GetByTestId("letters-written")).ToContainTextAsync("2 letters written into the review's documents.");
        await user.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Open the review's documents", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Documents" }).ClickAsync();
        var rows = page.GetByTestId("document-row");
        await Assertions.Expect(rows.Filter(new() { HasText = $"IMR and chronology request: {first}" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = $"IMR and chronology request: {second}" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = "Letter" })).ToHaveCountAsync(2);
    }
}
