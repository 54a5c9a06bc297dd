using DhrTracker.Core.Common;
using DhrTracker.Core.Family;

namespace DhrTracker.E2ETests.Reviews;

/// <summary>Issue 14 in the browser: the coordinator records a family member and the advocacy offered, and sees the step done with its date.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FamilyFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_adds_a_family_member_offers_advocacy_and_sees_the_step_done_with_its_date()
    {
        var today = UkDates.TodayInUk(browser.App.Clock);
        var id = (await browser.App.AddHeldReviewAsync("FAM", monthsAgo: 3)).Id;
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync($"/reviews/{id}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Family", Exact = true }).ClickAsync();
        var advocacy = page.Locator("[data-testid='family-step'][data-step='Specialist advocacy offered']");
        await Assertions.Expect(advocacy.GetByTestId("family-step-state")).ToHaveTextAsync("Not yet");

        // Refused without a relationship: the summary names the field, the form keeps what was typed.
        await page.GetByTestId("add-family-member").ClickAsync();
        await page.GetByLabel("Pseudonym", new() { Exact = true }).FillAsync("Sister S");
        await page.GetByTestId("save-family-member").ClickAsync();
        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToContainTextAsync(FamilyMemberInputValidator.MissingRole);
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Pseudonym", new() { Exact = true })).ToHaveValueAsync("Sister S");
        await Assertions.Expect(page.GetByTestId("family-member-row")).ToHaveCountAsync(0);

        await page.ChooseInFieldAsync("Role", "Sibling");
        var date = today.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("Specialist advocacy offered").FillAsync(date);
        await page.GetByLabel("Advocacy service").FillAsync("AAFDA");
        await page.GetByTestId("save-family-member").ClickAsync();

        await Assertions.Expect(page.GetByTestId("family-member-row")).ToContainTextAsync("Sibling: Sister S");
        await Assertions.Expect(advocacy.GetByTestId("family-step-state")).ToHaveTextAsync("Done");
        await Assertions.Expect(advocacy.GetByTestId("family-step-date")).ToHaveTextAsync(UkDates.Format(today));
        await Assertions.Expect(page.GetByTestId("family-member-advocacy")).ToContainTextAsync($"Offered {UkDates.Format(today)} (AAFDA)");
        await user.AssertAccessibleAsync();
    }
}
