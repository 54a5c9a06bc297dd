using System.Text.RegularExpressions;
using DhrTracker.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.E2ETests.Reviews;

[Collection(BrowserCollection.Name)]
public sealed class CreateReviewFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_creates_a_review_sees_it_in_the_list_and_opens_it()
    {
        // A browser set to US English, which read 03/10/2026 as 10 March in a native date box (issue 16).
        await using var user = await browser.NewSessionAsync(locale: "en-US");
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await user.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Reviews" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Northbridge DHR3", Exact = true })).ToBeVisibleAsync();
        await user.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "New review" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New review" })).ToBeVisibleAsync();
        await user.AssertAccessibleAsync();

        await page.GetByLabel("Reference").FillAsync("Northbridge DHR40");
        await page.GetByLabel("Date of death").FillAsync("03/10/2026");
        await page.GetByLabel("Date the partnership was notified").FillAsync("6 Oct 2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create review" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/reviews/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Northbridge DHR40" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("3 Oct 2026")).ToBeVisibleAsync();
        await user.AssertAccessibleAsync();

        await user.GotoAsync("/reviews?q=DHR40");
        await page.GetByRole(AriaRole.Link, new() { Name = "Northbridge DHR40" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Northbridge DHR40" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Refused_input_is_explained_at_the_top_and_beside_the_field_and_kept()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/reviews/new");

        await page.GetByLabel("Reference").FillAsync("Northbridge DHR1");
        await page.GetByLabel("Date of death").FillAsync("2026-10-03");
        // A date that does not exist is kept as typed and stops the save: it is not saved as no date (issue 16).
        await page.GetByLabel("Date the partnership was notified").FillAsync("31/02/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create review" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Assertions.Expect(summary).ToContainTextAsync("Date the partnership was notified must be a real date, for example 26/11/2026.");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#field-DateNotified")).ToContainTextAsync("must be a real date");
        await Assertions.Expect(page.GetByLabel("Date the partnership was notified")).ToHaveValueAsync("31/02/2026");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/reviews/new$"));

        await page.GetByLabel("Date the partnership was notified").FillAsync("2026-10-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create review" }).ClickAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Date notified must be on or after the date of death.");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#field-DateNotified")).ToContainTextAsync("Date notified must be on or after the date of death.");
        await user.AssertAccessibleAsync();

        await page.GetByLabel("Date the partnership was notified").FillAsync("2026-10-04");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create review" }).ClickAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Reference 'Northbridge DHR1' is already used");
        await Assertions.Expect(page.Locator("#field-Reference")).ToContainTextAsync("is already used");
        await Assertions.Expect(page.GetByLabel("Reference")).ToHaveValueAsync("Northbridge DHR1");
        await Assertions.Expect(page.GetByLabel("Date of death")).ToHaveValueAsync("2026-10-03");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/reviews/new$"));
    }

    [Fact]
    public async Task Another_partnerships_review_is_not_found_and_never_in_the_page()
    {
        Guid otherReview;
        await using (var scope = browser.App.Services.CreateAsyncScope())
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            otherReview = await db.Reviews.Where(r => r.Reference == "Eastvale DHR1").Select(r => r.Id).SingleAsync();
        }

        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync($"/reviews/{otherReview}");

        await Assertions.Expect(user.Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        Assert.DoesNotContain("Eastvale DHR1", await user.Page.ContentAsync());
        await user.GotoAsync("/reviews?q=Eastvale");
        await Assertions.Expect(user.Page.GetByText("No reviews match.")).ToBeVisibleAsync();
    }
}
