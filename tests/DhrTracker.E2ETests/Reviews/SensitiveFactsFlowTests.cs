using DhrTracker.Core.Data;
using DhrTracker.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.E2ETests.Reviews;

/// <summary>
/// R4 in the browser: on Northbridge DHR3 the demo panel member sits as an ordinary member, so the
/// victim's real name and the perpetrator's court outcome and offending never reach their page, and
/// saving the perpetrator keeps them. The demo Coordinator (the review's chair) sees them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SensitiveFactsFlowTests(BrowserFixture browser)
{
    // What the demo data records on DHR3 (DemoPeople): a victim's real name and a court outcome still pending.
    private const string RealName = "Example Name One (synthetic)";
    private const string PendingOutcome = "Proceedings not concluded";

    [Fact]
    public async Task A_panel_member_sees_restricted_in_place_of_sensitive_facts_and_saving_keeps_them()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("panel@demo.invalid");
        await OpenPeopleAsync(user);

        var adultH = page.GetByTestId("perpetrator-row").Filter(new() { HasText = "Adult H" });
        await Assertions.Expect(adultH.Locator("td").Nth(3)).ToHaveTextAsync("Restricted");
        await AssertAbsentAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit Adult H" }).ClickAsync();
        foreach (var field in new[] { "CourtOutcome", "PreviousOffending", "OffendingHistory", "MentalHealth", "Disability", "Alcohol" })
        {
            await Assertions.Expect(page.GetByTestId($"restricted-{field}")).ToContainTextAsync("Restricted");
        }

        await Assertions.Expect(page.GetByTestId("input-OffendingHistory")).ToHaveCountAsync(0);
        await AssertAbsentAsync(page);
        await user.AssertAccessibleAsync();

        await page.GetByTestId("save-perpetrator").ClickAsync();
        await Assertions.Expect(page.GetByTestId("save-perpetrator")).ToHaveCountAsync(0);
        var stored = await AdultHAsync();
        Assert.Equal((CourtOutcome.Pending, (bool?)true), (stored.CourtOutcome, stored.PreviousOffending));

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit Adult F" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("restricted-RealName")).ToContainTextAsync("Restricted");
        await Assertions.Expect(page.GetByTestId("input-RealName")).ToHaveCountAsync(0);
        await AssertAbsentAsync(page);
    }

    [Fact]
    public async Task The_coordinator_who_chairs_the_review_sees_the_sensitive_facts()
    {
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("coordinator@demo.invalid");
        await OpenPeopleAsync(user);

        var adultH = user.Page.GetByTestId("perpetrator-row").Filter(new() { HasText = "Adult H" });
        await Assertions.Expect(adultH.Locator("td").Nth(3)).ToHaveTextAsync(PendingOutcome);
    }

    private static async Task OpenPeopleAsync(UserSession user)
    {
        await user.GotoAsync("/reviews?q=DHR3");
        await user.Page.GetByRole(AriaRole.Link, new() { Name = "Northbridge DHR3", Exact = true }).ClickAsync();
        await user.Page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
        await Assertions.Expect(user.Page.GetByTestId("perpetrator-row")).Not.ToHaveCountAsync(0);
    }

    private static async Task AssertAbsentAsync(IPage page)
    {
        var html = await page.ContentAsync();
        Assert.DoesNotContain(RealName, html);
        Assert.DoesNotContain(PendingOutcome, html);
    }

    private async Task<Perpetrator> AdultHAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Perpetrators.AsNoTracking().SingleAsync(p => p.Pseudonym == "Adult H" && db.Reviews.Any(r => r.Id == p.ReviewId && r.Reference == "Northbridge DHR3"));
    }
}
