using System.Text.RegularExpressions;

namespace DhrTracker.E2ETests.Reviews;

/// <summary>Issue 3's journey: one review from notification to publication through the UI, the dashboard following every step.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FullLifecycleFlowTests(BrowserFixture browser)
{
    private sealed record Step(string Move, string ToStage, Func<IPage, Task> Fill);

    private static Task Nothing(IPage page) => Task.CompletedTask;


    private static readonly Step[] Journey =
    [
        new("StartScoping", "Scoping", Nothing),
        new("RecordDecision", "Commissioning", async page =>
        {
            await page.ChooseInFieldAsync("Decision", "Hold a review");
            await page.GetByLabel("Date of decision").FillAsync("2026-02-02");
            await page.GetByLabel("Rationale").FillAsync("Synthetic rationale: the statutory criteria are met.");
            await page.GetByLabel("Date the Home Office was told").FillAsync("2026-02-03");
        }),
        new("AgreeTermsOfReference", "InformationGathering", async page =>
        {
            // The chair comes from the panel (ADR 0385): the move names whoever sits in the chair seat.
            await Assertions.Expect(page.GetByTestId("move-chair")).ToContainTextAsync("Demo Independent Chair");
            await page.GetByLabel("Date terms of reference agreed").FillAsync("2026-03-02");
        }),
        new("StartPanelAnalysis", "PanelAnalysis", Nothing),
        new("StartDrafting", "Drafting", Nothing),
        new("SendForLocalSignOff", "LocalSignOff", Nothing),
        new("SubmitToHomeOffice", "HomeOfficeQa", async page =>
        {
            await page.GetByLabel("Date of local sign-off").FillAsync("2026-06-24");
            await page.GetByLabel("Signed off by (body)").FillAsync("Northbridge CSP board");
            await page.GetByLabel("Approved by").FillAsync("Synthetic Board Chair");
            await page.GetByLabel("Date submitted to the Home Office QA panel").FillAsync("2026-07-01");
        }),
        new("RecordQaOutcome", "AwaitingPublication", async page =>
        {
            await page.ChooseInFieldAsync("QaOutcome", "Publish");
            await page.GetByLabel("Date of the QA outcome").FillAsync("2026-09-01");
        }),
        new("Publish", "ActionPlanMonitoring", async page =>
        {
            await page.GetByLabel("Publication date").FillAsync("2026-10-01");
            await page.ChooseInFieldAsync("PublicationType", "Executive summary");
            await page.GetByLabel("Date the family was told").FillAsync("2026-09-24");
            await page.GetByLabel("Date sent to the Domestic Abuse Commissioner").FillAsync("2026-10-02");
        }),
    ];

    [Fact]
    public async Task A_review_goes_from_notification_to_publication_and_the_dashboard_follows_each_step()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");

        var counts = await StageCountsAsync(user);
        await user.GotoAsync("/reviews/new");
        await page.GetByLabel("Reference").FillAsync("Northbridge DHR77");
        await page.GetByLabel("Date of death").FillAsync("2026-01-05");
        await page.GetByLabel("Date the partnership was notified").FillAsync("2026-01-08");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create review" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/reviews/[0-9a-f-]{36}$"));
        var reviewUrl = page.Url;
        await page.GetByRole(AriaRole.Tab, new() { Name = "Agencies & panel" }).ClickAsync();
        await page.ChooseInFieldAsync("UserId", "Demo Independent Chair");
        await page.ChooseInFieldAsync("Role", "Chair");
        await page.GetByTestId("add-panel-member").ClickAsync();
        await Assertions.Expect(page.GetByTestId("panel-row")).ToContainTextAsync("Demo Independent Chair");
        Assert.Equal(counts["Notified"] + 1, (await StageCountsAsync(user))["Notified"]);

        var from = "Notified";
        foreach (var step in Journey)
        {
            counts = await StageCountsAsync(user);
            await user.GotoAsync(reviewUrl);
            await page.GetByTestId($"move-{step.Move}").ClickAsync();
            await step.Fill(page);
            await page.GetByTestId("confirm-move").ClickAsync();
            await Assertions.Expect(page.GetByTestId("move-" + step.Move)).ToHaveCountAsync(0);

            var after = await StageCountsAsync(user);
            Assert.True(counts[from] - 1 == after[from], $"{step.Move}: {from} should go from {counts[from]} to {counts[from] - 1}, was {after[from]}");
            Assert.True(counts[step.ToStage] + 1 == after[step.ToStage], $"{step.Move}: {step.ToStage} should go up by one");
            from = step.ToStage;
        }

        await user.GotoAsync(reviewUrl);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Timeline" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("Record publication");
        await user.AssertAccessibleAsync();
    }

    /// <summary>The dashboard's "reviews by stage" numbers, read as a person reads them.</summary>
    private static async Task<Dictionary<string, int>> StageCountsAsync(UserSession user)
    {
        await user.GotoAsync("/");
        var counts = new Dictionary<string, int>();
        foreach (var stage in new[] { "Notified", "Scoping", "Commissioning", "InformationGathering", "PanelAnalysis", "Drafting", "LocalSignOff", "HomeOfficeQa", "AwaitingPublication", "ActionPlanMonitoring" })
        {
            counts[stage] = int.Parse(await user.Page.GetByTestId($"count-stage-{stage}").InnerTextAsync());
        }

        return counts;
    }
}
