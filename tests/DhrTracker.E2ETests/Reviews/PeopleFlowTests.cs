using DhrTracker.Core.Data;
using DhrTracker.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.E2ETests.Reviews;

/// <summary>Issue 4's journeys: the category follows the relationships recorded; a panel member reaches only their own reviews.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PeopleFlowTests(BrowserFixture browser)
{

    private static async Task AddVictimAsync(IPage page, string pseudonym, string age, string choice, string? deathType = null)
    {
        await page.GetByTestId("add-victim").ClickAsync();
        await page.GetByLabel("Pseudonym", new() { Exact = true }).FillAsync(pseudonym);
        await page.GetByLabel("Age at death").FillAsync(age);
        await page.ChooseAsync(page.GetByTestId("select-PseudonymChoice"), choice);
        if (deathType is not null)
        {
            await page.ChooseAsync(page.GetByTestId("select-DeathType"), deathType);
        }

        await page.GetByTestId("save-victim").ClickAsync();
        await Assertions.Expect(page.GetByTestId("save-victim")).ToHaveCountAsync(0);
    }

    private static async Task RelateAsync(IPage page, string victim, string kind, string perpetrator)
    {
        await page.ChooseAsync(page.GetByTestId("select-VictimId"), victim);
        await page.ChooseAsync(page.GetByTestId("select-Kind"), kind);
        await page.ChooseAsync(page.GetByTestId("select-PerpetratorId"), perpetrator);
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

        await AddVictimAsync(page, "Jo", "61", "Agreed with the family");
        await AddVictimAsync(page, "Kit", "59", "Chosen by the panel", "Unexpected death");
        await Assertions.Expect(page.GetByTestId("victim-death-type")).ToHaveTextAsync(["Homicide", "Unexpected death"]);
        await Assertions.Expect(page.GetByTestId("victim-pseudonym-choice")).ToHaveTextAsync(["Agreed with the family", "Chosen by the panel"]);
        await page.GetByTestId("add-perpetrator").ClickAsync();
        await page.GetByLabel("Pseudonym", new() { Exact = true }).FillAsync("Alex");
        await page.GetByTestId("save-perpetrator").ClickAsync();
        await Assertions.Expect(page.GetByTestId("perpetrator-row")).ToHaveCountAsync(1);
        await user.AssertAccessibleAsync();

        // A friend of the perpetrator: an other non-relative is "Other", not a household member (issue 13).
        await RelateAsync(page, "Jo", "Other non-relative", "Alex");
        await Assertions.Expect(page.GetByTestId("review-category")).ToContainTextAsync("Category: Other");

        await RelateAsync(page, "Kit", "Half-sibling", "Alex");
        await Assertions.Expect(page.GetByTestId("review-category")).ToContainTextAsync("Familial");
        await Assertions.Expect(page.GetByTestId("relationship-row")).ToHaveCountAsync(2);
        await user.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_new_victim_without_how_the_pseudonym_was_chosen_is_refused_by_name_and_the_input_kept()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/reviews/new");
        await page.GetByLabel("Reference").FillAsync("Northbridge DHR89");
        await page.GetByLabel("Date of death").FillAsync("2026-06-05");
        await page.GetByLabel("Date the partnership was notified").FillAsync("2026-06-08");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create review" }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();

        await page.GetByTestId("add-victim").ClickAsync();
        await Assertions.Expect(page.Locator("#field-Pseudonym")).ToContainTextAsync("a name agreed with the family, for example 'Jo'");
        await page.GetByLabel("Pseudonym", new() { Exact = true }).FillAsync("Jo");
        await page.GetByLabel("Age at death").FillAsync("33");
        await page.ChooseAsync(page.GetByTestId("select-DeathType"), "Suicide");
        await page.GetByTestId("save-victim").ClickAsync();

        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToContainTextAsync(VictimInputValidator.MissingPseudonymChoice);
        await Assertions.Expect(summary).ToBeFocusedAsync();
        Assert.Equal("#field-PseudonymChoice", new Uri(new Uri(page.Url), await summary.Locator("a").First.GetAttributeAsync("href")).Fragment);
        await Assertions.Expect(page.GetByLabel("Pseudonym", new() { Exact = true })).ToHaveValueAsync("Jo");
        await Assertions.Expect(page.GetByTestId("victim-row")).ToHaveCountAsync(0);
        await user.AssertAccessibleAsync();

        await page.ChooseAsync(page.GetByTestId("select-PseudonymChoice"), "Family declined");
        await page.GetByTestId("save-victim").ClickAsync();
        await Assertions.Expect(page.GetByTestId("victim-death-type")).ToHaveTextAsync("Suicide");
        await Assertions.Expect(page.GetByTestId("review-category")).ToContainTextAsync("Suicide case");
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
