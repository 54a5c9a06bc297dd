using DhrTracker.Core.Common;
using DhrTracker.Core.Reviews;

namespace DhrTracker.E2ETests.Reviews;

/// <summary>Issue 13 item 11 in the browser: a review approved subject to amendments, its area for final development added and marked done.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QaAreasFlowTests(BrowserFixture browser)
{
    /// <summary>A review of the demo partnership approved by the QA panel 41 days ago, awaiting publication: made for this test alone.</summary>
    private async Task<(Guid Id, DateOnly Approved)> ApprovedReviewAsync()
    {
        var today = browser.App.Today;
        var review = await browser.App.AddHeldReviewAsync("QA", monthsAgo: 18, r =>
        {
            r.Stage = ReviewStage.AwaitingPublication;
            r.QaSubmissionDate = today.AddDays(-90);
            r.QaOutcome = QaOutcome.PublishAfterAmendments;
            r.QaOutcomeDate = today.AddDays(-41);
        });
        return (review.Id, review.QaOutcomeDate!.Value);
    }

    [Fact]
    public async Task Coordinator_sees_the_wait_since_approval_adds_an_area_from_the_letter_and_marks_it_done()
    {
        var (id, approved) = await ApprovedReviewAsync();
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync($"/reviews/{id}");

        await Assertions.Expect(page.GetByTestId("approved-not-published")).ToHaveTextAsync(
            $"Approved by the Home Office, subject to amendments, on {UkDates.Format(approved)} (41 days ago), not yet published");

        await page.GetByRole(AriaRole.Tab, new() { Name = "QA letter" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("qa-areas-summary")).ToHaveTextAsync("None recorded.");
        await page.GetByTestId("add-qa-area").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Date of the QA letter")).ToHaveValueAsync(approved.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("save-qa-area").ClickAsync();

        // Refused without its text: the summary names the rule, the form stays with what was typed.
        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Enter the area for final development as the QA letter words it.");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Number in the QA letter")).ToHaveValueAsync("1");
        await user.AssertAccessibleAsync();

        await page.GetByLabel("Area for final development", new() { Exact = true }).FillAsync("Say how the family was involved in the review.");
        await page.GetByTestId("save-qa-area").ClickAsync();
        var row = page.GetByTestId("qa-area-row");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Not yet done");
        await Assertions.Expect(page.GetByTestId("qa-areas-summary")).ToHaveTextAsync("1 of 1 not yet done.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark done, area 1" }).ClickAsync();
        await page.GetByLabel("How the report addressed it").FillAsync("A section on the family's contribution was added.");
        await page.GetByTestId("save-qa-done").ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("A section on the family's contribution was added.");
        await Assertions.Expect(row).ToContainTextAsync($"Done {UkDates.Format(UkDates.TodayInUk(browser.App.Clock))}");
        await Assertions.Expect(page.GetByTestId("qa-areas-summary")).ToHaveTextAsync("Done.");
        await user.AssertAccessibleAsync();

        // The tab strip has scrolled to the QA tab, leaving Timeline under the navigation drawer: click it where it is.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Timeline" }).DispatchEventAsync("click");
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("Area for final development done");
    }
}
