using System.Text.RegularExpressions;

namespace DhrTracker.E2ETests.Reviews;

/// <summary>Issue 13: a decision not to hold is reopened and the review is then held, in a real browser scanned for WCAG 2.2 AA.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReconsiderFlowTests(BrowserFixture browser)
{

    [Fact]
    public async Task A_review_not_held_is_reconsidered_after_a_refusal_that_keeps_the_input_and_is_then_held()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");

        // Its own review, so the test never depends on the shared demo data's state.
        await user.GotoAsync("/reviews/new");
        await page.GetByLabel("Reference").FillAsync($"Reconsidered {Guid.NewGuid():N}"[..24]);
        await page.GetByLabel("Date of death").FillAsync("2026-01-05");
        await page.GetByLabel("Date the partnership was notified").FillAsync("2026-01-08");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create review" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/reviews/[0-9a-f-]{36}$"));

        await page.GetByTestId("move-RecordDecision").ClickAsync();
        await page.ChooseInFieldAsync("Decision", "Do not hold a review");
        await page.GetByLabel("Date of decision").FillAsync("2026-02-02");
        await page.GetByLabel("Rationale").FillAsync("Synthetic rationale: no agency had contact with either person.");
        await page.GetByLabel("Date the Home Office was told").FillAsync("2026-02-03");
        await page.GetByTestId("confirm-move").ClickAsync();
        await Assertions.Expect(page.GetByTestId("review-stage")).ToHaveTextAsync("Not proceeding");

        await page.GetByTestId("move-ReconsiderDecision").ClickAsync();
        await page.GetByLabel("Date the decision was reopened").FillAsync("2026-11-02");
        await page.GetByTestId("confirm-move").ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Assertions.Expect(summary).ToContainTextAsync("Say why the decision is being reconsidered");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#field-ReconsiderationReason")).ToContainTextAsync("Say why the decision is being reconsidered");
        await Assertions.Expect(page.GetByLabel("Date the decision was reopened")).ToHaveValueAsync("2026-11-02");
        await Assertions.Expect(page.GetByTestId("review-stage")).ToHaveTextAsync("Not proceeding");
        await user.AssertAccessibleAsync();

        await page.GetByLabel("Why the decision is being reconsidered").FillAsync("Synthetic: the inquest found a history of coercive control.");
        await page.GetByTestId("confirm-move").ClickAsync();
        await Assertions.Expect(page.GetByTestId("review-stage")).ToHaveTextAsync("Scoping");

        await page.GetByTestId("move-RecordDecision").ClickAsync();
        await Assertions.Expect(page.GetByTestId("regime-notice")).ToContainTextAsync("DHR");
        await user.AssertAccessibleAsync();
        await page.ChooseInFieldAsync("Decision", "Hold a review");
        await page.GetByLabel("Date of decision").FillAsync("2026-11-10");
        await page.GetByLabel("Rationale").FillAsync("Synthetic rationale: the inquest's findings meet the statutory criteria.");
        await page.GetByTestId("confirm-move").ClickAsync();
        await Assertions.Expect(page.GetByTestId("review-stage")).ToHaveTextAsync("Commissioning");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Timeline" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("Reconsider decision: Not proceeding → Scoping");
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("Earlier decision: do not hold a review (2 Feb 2026; Home Office told 3 Feb 2026)");
        await user.AssertAccessibleAsync();
    }
}
