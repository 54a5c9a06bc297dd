using DhrTracker.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.E2ETests.Reviews;

/// <summary>Issue 4's journeys: the category follows the relationships recorded; a panel member reaches only their own reviews.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PeopleFlowTests(BrowserFixture browser)
{
    private static async Task Choose(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    private static async Task AddVictimAsync(IPage page, string pseudonym, string age)
    {
        await page.GetByTestId("add-victim").ClickAsync();
        await page.GetByLabel("Pseudonym").FillAsync(pseudonym);
        await page.GetByLabel("Age at death").FillAsync(age);
        await page.GetByTestId("save-victim").ClickAsync();
        await Assertions.Expect(page.GetByTestId("save-victim")).ToHaveCountAsync(0);
    }

    private static async Task RelateAsync(IPage page, string victim, string kind, string perpetrator)
    {
        await Choose(page, "select-VictimId", victim);
        await Choose(page, "select-Kind", kind);
        await Choose(page, "select-PerpetratorId", perpetrator);
        await page.GetByTestId("save-relationship").ClickAsync();
    }

    [Fact]
    public async Task Coordinator_adds_two_victims_and_a_perpetrator_and_the_category_follows()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/reviews/new");
        await page.GetByLabel("Reference").FillAsync("Northbridge DHR88");
        await page.GetByLabel("Date of death").FillAsync("2026-06-05");
        await page.GetByLabel("Date the partnership was notified").FillAsync("2026-06-08");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create review" }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("review-category")).ToContainTextAsync("not yet known");

        await AddVictimAsync(page, "Adult P", "61");
        await AddVictimAsync(page, "Adult Q", "59");
        await page.GetByTestId("add-perpetrator").ClickAsync();
        await page.GetByLabel("Pseudonym").FillAsync("Adult R");
        await page.GetByTestId("save-perpetrator").ClickAsync();
        await Assertions.Expect(page.GetByTestId("perpetrator-row")).ToHaveCountAsync(1);
        await user.AssertAccessibleAsync();

        await RelateAsync(page, "Adult P", "Household member (non-relative)", "Adult R");
        await Assertions.Expect(page.GetByTestId("review-category")).ToContainTextAsync("Household");

        await RelateAsync(page, "Adult Q", "Parent", "Adult R");
        await Assertions.Expect(page.GetByTestId("review-category")).ToContainTextAsync("Familial");
        await Assertions.Expect(page.GetByTestId("relationship-row")).ToHaveCountAsync(2);
        await user.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Panel_member_cannot_open_a_review_they_do_not_sit_on_by_typing_its_address()
    {
        Guid notTheirs;
        await using (var scope = browser.App.Services.CreateAsyncScope())
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            notTheirs = await db.Reviews.Where(r => r.Reference == "Northbridge DHR1").Select(r => r.Id).SingleAsync();
        }

        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("panel@demo.invalid");
        await user.GotoAsync("/reviews");
        await Assertions.Expect(user.Page.GetByRole(AriaRole.Link, new() { Name = "Northbridge DHR3", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(user.Page.GetByRole(AriaRole.Link, new() { Name = "Northbridge DHR1", Exact = true })).ToHaveCountAsync(0);

        await user.GotoAsync($"/reviews/{notTheirs}");

        await Assertions.Expect(user.Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        Assert.DoesNotContain("Northbridge DHR1", await user.Page.ContentAsync());
        await user.AssertAccessibleAsync();
    }
}
