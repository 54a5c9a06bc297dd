namespace DhrTracker.E2ETests.Actions;

[Collection(BrowserCollection.Name)]
public sealed class ActionSignOffFlowTests(BrowserFixture browser)
{
    private static readonly byte[] Pdf = "%PDF-1.7\nsynthetic training record\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_lead_reports_and_completes_a_manager_signs_off_and_the_completion_rate_moves()
    {
        await using var manager = await browser.NewSessionAsync();
        await manager.SignInAsync("manager@demo.invalid");
        await manager.GotoAsync("/actions");
        var policeRate = manager.Page.Locator("[data-testid=agency-row]").Filter(new() { HasText = "Police" }).Locator("[data-testid=completion-rate]");
        await Assertions.Expect(policeRate).ToHaveTextAsync("0%");
        await manager.AssertAccessibleAsync();

        await using var lead = await browser.NewSessionAsync();
        var page = lead.Page;
        await lead.SignInAsync("agencylead@demo.invalid");
        await lead.GotoAsync("/my-actions");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My agency's actions" })).ToBeVisibleAsync();
        await lead.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Refresh coercive control training" }).ClickAsync();
        await lead.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Post a progress update" })).ToBeVisibleAsync();
        await lead.AssertAccessibleAsync();
        await page.GetByLabel("Progress made").FillAsync("All response teams booked; first sessions held.");
        await page.Locator("#evidence-file").SetInputFilesAsync(new FilePayload { Name = "training-record.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Post update" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("evidence-list")).ToContainTextAsync("training-record.pdf");

        await page.GetByLabel("Outcome achieved").FillAsync("All response officers trained; audit shows coercive control questions asked.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark complete for sign-off" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("action-status")).ToHaveTextAsync("Complete, awaiting sign-off");

        await manager.GotoAsync(new Uri(page.Url).AbsolutePath);
        await manager.Page.GetByRole(AriaRole.Button, new() { Name = "Sign off action" }).ClickAsync();
        await Assertions.Expect(manager.Page.GetByTestId("action-status")).ToHaveTextAsync("Signed off");
        await manager.AssertAccessibleAsync();

        await manager.GotoAsync("/actions");
        await Assertions.Expect(policeRate).ToHaveTextAsync("50%");
    }
}
