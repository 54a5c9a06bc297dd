using System.Text.RegularExpressions;

namespace DhrTracker.E2ETests.Actions;

/// <summary>
/// A lead's progress and completion reach the manager's open pages live (ADR 0390): the actions grid filtered to "in progress"
/// gains the action, and the bell asks for the sign-off, with no refresh; then the manager signs off and the rate moves.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ActionSignOffFlowTests(BrowserFixture browser)
{
    private static readonly byte[] Pdf = "%PDF-1.7\nsynthetic training record\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_lead_reports_and_completes_a_manager_sees_it_live_signs_off_and_the_completion_rate_moves()
    {
        await using var manager = await browser.NewSessionAsync();
        await manager.SignInAsync("manager@demo.invalid");
        await manager.GotoAsync("/actions?status=InProgress");
        await manager.WaitForInteractiveAsync();
        var liveRow = manager.Page.GetByTestId("actions-grid").Locator("tr").Filter(new() { HasText = "Refresh coercive control training" });
        await Assertions.Expect(liveRow).ToHaveCountAsync(0);
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
        await page.ChooseInFieldAsync("Status", "In progress");
        await page.Locator("#evidence-file").SetInputFilesAsync(new FilePayload { Name = "training-record.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Post update" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("evidence-list")).ToContainTextAsync("training-record.pdf");
        // The lead's update moved it to "in progress" (ADR 0380), and the manager's grid shows it without a refresh.
        await Assertions.Expect(liveRow.GetByTestId("action-status")).ToHaveTextAsync(new Regex("[Ii]n progress"));

        await page.GetByLabel("Outcome achieved").FillAsync("All response officers trained; audit shows coercive control questions asked.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark complete for sign-off" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("action-status")).ToHaveTextAsync("Complete, awaiting sign-off");
        await manager.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^What needs you") }).ClickAsync();
        await Assertions.Expect(manager.Page.GetByRole(AriaRole.Menuitem).Filter(new() { HasText = "awaiting your sign-off" })).ToBeVisibleAsync();
        await manager.AssertAccessibleAsync();
        await manager.Page.Keyboard.PressAsync("Escape");

        await manager.GotoAsync(new Uri(page.Url).AbsolutePath);
        await manager.Page.GetByRole(AriaRole.Button, new() { Name = "Sign off action" }).ClickAsync();
        await Assertions.Expect(manager.Page.GetByTestId("action-status")).ToHaveTextAsync("Signed off");
        await manager.AssertAccessibleAsync();

        await manager.GotoAsync("/actions");
        await Assertions.Expect(policeRate).ToHaveTextAsync("50%");
    }
}
