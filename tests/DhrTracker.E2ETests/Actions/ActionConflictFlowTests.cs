namespace DhrTracker.E2ETests.Actions;

/// <summary>
/// R19 on an action (ADR 0408): a manager rewords an action while its agency's lead reports progress on it. The manager's
/// save is overtaken, the lead's status and RAG come into the form by name, the wording stays as typed, and the saved
/// action holds both. Its own demo action (Police, 1.3), which no other browser test changes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ActionConflictFlowTests(BrowserFixture browser)
{
    private const string Wording = "Audit 60 domestic abuse incident logs a year for coercive control questions (synthetic).";

    [Fact]
    public async Task A_managers_edit_overtaken_by_a_leads_progress_update_keeps_both()
    {
        await using var lead = await browser.NewSessionAsync();
        await lead.SignInAsync("agencylead@demo.invalid");
        await lead.GotoAsync("/my-actions");
        await lead.Page.GetByRole(AriaRole.Link, new() { Name = "Audit 50 domestic abuse incident logs" }).ClickAsync();
        await lead.WaitForInteractiveAsync();
        await Assertions.Expect(lead.Page.GetByRole(AriaRole.Heading, new() { Name = "Post a progress update" })).ToBeVisibleAsync();

        await using var manager = await browser.NewSessionAsync();
        var page = manager.Page;
        await manager.SignInAsync("manager@demo.invalid");
        await manager.GotoAsync(new Uri(lead.Page.Url).AbsolutePath);
        await page.GetByTestId("edit-action").ClickAsync();
        await page.GetByLabel("SMART description").FillAsync(Wording);

        // Meanwhile the lead reports: the action moves to in progress, amber.
        await lead.Page.GetByLabel("Progress made").FillAsync("Audit tool agreed with the force's standards team (synthetic).");
        await lead.Page.ChooseInFieldAsync("Status", "In progress");
        await lead.Page.ChooseInFieldAsync("Rag", "Amber");
        await lead.Page.GetByTestId("post-update").ClickAsync();
        await Assertions.Expect(lead.Page.GetByTestId("action-status")).ToHaveTextAsync("In progress");

        await page.GetByTestId("save-action").ClickAsync();
        var conflict = page.GetByTestId("action-conflict");
        await Assertions.Expect(conflict).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId("action-conflict-taken")).ToContainTextAsync("Status, RAG");
        await Assertions.Expect(page.GetByTestId("action-clash")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("SMART description")).ToHaveValueAsync(Wording);
        await manager.AssertAccessibleAsync();

        await page.GetByTestId("save-action").ClickAsync();
        await Assertions.Expect(conflict).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText(Wording)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("action-status")).ToHaveTextAsync("In progress");
        await Assertions.Expect(page.GetByTestId("action-rag")).ToHaveTextAsync("Amber");
    }
}
