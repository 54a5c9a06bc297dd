using DhrTracker.Core.Common;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using DhrTracker.Tests.Shared;

namespace DhrTracker.E2ETests.Reviews;

/// <summary>
/// Issue 14 item 4 in the browser (ADR 0396): a draft holding the victim's real name stops the QA submission, which lists
/// where; the coordinator accepts the hit with a reason, and the submission goes through.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NamesCheckFlowTests(BrowserFixture browser)
{
    private const string RealName = "Rowena Fairweather";

    /// <summary>A review of the demo partnership signed off locally, whose victim's real name is held: made for this test alone.</summary>
    private async Task<Guid> SignedOffReviewAsync(DateOnly today)
    {
        var review = await browser.App.AddHeldReviewAsync(
            "NAM",
            monthsAgo: 12,
            r =>
            {
                r.Stage = ReviewStage.LocalSignOff;
                r.TermsOfReferenceDate = today.AddMonths(-10);
                r.LocalSignOffDate = today.AddDays(-7);
                r.LocalSignOffBody = "Northbridge CSP board";
                r.LocalSignOffApprover = "Synthetic Board Chair";
            },
            (db, r) =>
            {
                db.Victims.Add(new Victim { Id = Guid.NewGuid(), ReviewId = r.Id, Pseudonym = "Adult R", AgeAtDeath = 39, RealName = RealName });
                return Task.CompletedTask;
            });
        return review.Id;
    }

    [Fact]
    public async Task A_draft_naming_the_victim_stops_the_QA_submission_until_the_hit_is_accepted_with_a_reason()
    {
        var today = UkDates.TodayInUk(browser.App.Clock);
        var id = await SignedOffReviewAsync(today);
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync($"/reviews/{id}");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Documents", Exact = true }).ClickAsync();
        await page.GetByTestId("add-document").ClickAsync();
        await page.ChooseInFieldAsync("Kind", "Draft overview report");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Overview report, draft for QA");
        var draft = SampleReports.Docx(["1. Introduction", $"Adult R ({RealName}) lived in Northbridge with Adult S."], footer: "Official sensitive");
        await page.GetByTestId("document-file").SetInputFilesAsync(new FilePayload
        { Name = "overview-draft.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = draft });
        await page.GetByTestId("save-document").ClickAsync();
        await Assertions.Expect(page.GetByTestId("document-row")).ToContainTextAsync("Overview report, draft for QA");

        // Submitting for QA is refused, naming the report and the paragraph, not the name.
        var date = today.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await SubmitAsync(page, date);
        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("The review cannot be submitted for QA until every report has passed the real names check");
        await Assertions.Expect(summary).ToContainTextAsync("'Overview report, draft for QA' (version 1) holds 1 real name or contact detail not accepted, at paragraph 2.");
        await Assertions.Expect(summary).Not.ToContainTextAsync(RealName);
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await user.AssertAccessibleAsync();
        await page.GetByTestId("cancel-move").ClickAsync();

        // The check lists the hit with its paragraph and, for a coordinator, the name found; accepted with a reason.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Documents", Exact = true }).ClickAsync();
        await page.GetByTestId("run-names-check").ClickAsync();
        var hit = page.GetByTestId("names-check-hit");
        await Assertions.Expect(hit).ToHaveCountAsync(1);
        await Assertions.Expect(hit).ToContainTextAsync("paragraph 2");
        await Assertions.Expect(hit).ToContainTextAsync("Victim: Adult R (real name)");
        await Assertions.Expect(hit.GetByTestId("names-check-found")).ToHaveTextAsync(RealName);
        await hit.GetByTestId("accept-hit").ClickAsync();
        await page.GetByTestId("confirm-accept-hit").ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Say why this may stay in the report");
        await page.GetByLabel("Why it may stay in the report").FillAsync("The family asked for her own name to be used (synthetic).");
        await page.GetByTestId("confirm-accept-hit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("names-check-accepted")).ToContainTextAsync("The family asked for her own name to be used (synthetic).");
        await Assertions.Expect(page.GetByTestId("names-check-summary")).ToContainTextAsync("Nothing found that is not accepted.");
        await user.AssertAccessibleAsync();

        await SubmitAsync(page, date);
        await Assertions.Expect(page.GetByTestId("move-SubmitToHomeOffice")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("move-RecordQaOutcome")).ToBeVisibleAsync();
    }

    private static async Task SubmitAsync(IPage page, string date)
    {
        await page.GetByTestId("move-SubmitToHomeOffice").ClickAsync();
        await page.GetByLabel("Date submitted to the Home Office QA panel").FillAsync(date);
        await page.GetByTestId("confirm-move").ClickAsync();
    }
}
