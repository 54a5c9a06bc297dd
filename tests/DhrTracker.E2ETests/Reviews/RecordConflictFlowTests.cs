namespace DhrTracker.E2ETests.Reviews;

/// <summary>R19 (ADR 0398): two people edit one review at once, and neither loses an edit.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RecordConflictFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_second_to_save_sees_the_other_change_beside_their_own_chooses_per_detail_and_both_edits_are_kept()
    {
        await using var first = await OpenTheEditFormAsync();
        await using var second = await OpenTheEditFormAsync();

        await first.Page.GetByLabel("Home Office reference").FillAsync("HO/SYNTHETIC/THEIRS");
        await first.Page.GetByLabel("Notifying agency").FillAsync("Synthetic Housing Trust");
        await first.Page.GetByTestId("save-record").ClickAsync();
        await Assertions.Expect(first.Page.GetByTestId("edit-record")).ToBeVisibleAsync();

        var page = second.Page;
        await page.GetByLabel("Home Office reference").FillAsync("HO/SYNTHETIC/MINE");
        await page.GetByLabel("Scope period from").FillAsync("01/01/2021");
        await page.GetByTestId("save-record").ClickAsync();

        var conflict = page.GetByTestId("record-conflict");
        await Assertions.Expect(conflict).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId("record-conflict-taken")).ToContainTextAsync("Their changes to Notifying agency are now in the form.");
        await Assertions.Expect(page.GetByLabel("Notifying agency")).ToHaveValueAsync("Synthetic Housing Trust");
        var clash = page.GetByTestId("record-clash");
        await Assertions.Expect(clash).ToHaveCountAsync(1);
        await Assertions.Expect(clash).ToContainTextAsync("Home Office reference");
        await second.AssertAccessibleAsync();

        // Each choice shows in the form at once; the user's own entry is never gone.
        await clash.GetByText("Take theirs: HO/SYNTHETIC/THEIRS").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Home Office reference")).ToHaveValueAsync("HO/SYNTHETIC/THEIRS");
        await clash.GetByText("Keep mine: HO/SYNTHETIC/MINE").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Home Office reference")).ToHaveValueAsync("HO/SYNTHETIC/MINE");
        await Assertions.Expect(page.GetByLabel("Scope period from")).ToHaveValueAsync("01/01/2021");
        await page.GetByTestId("save-record").ClickAsync();

        var record = page.GetByTestId("record-facts");
        await Assertions.Expect(record).ToContainTextAsync("HO/SYNTHETIC/MINE");
        await Assertions.Expect(record).ToContainTextAsync("Synthetic Housing Trust");
        await Assertions.Expect(record).ToContainTextAsync("1 Jan 2021");
    }

    private async Task<UserSession> OpenTheEditFormAsync()
    {
        var user = await browser.NewSessionAsync();
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/reviews?q=DHR12");
        await user.Page.GetByRole(AriaRole.Link, new() { Name = "Northbridge DHR12", Exact = true }).ClickAsync();
        await user.Page.GetByTestId("edit-record").ClickAsync();
        await Assertions.Expect(user.Page.GetByTestId("save-record")).ToBeVisibleAsync();
        return user;
    }
}
