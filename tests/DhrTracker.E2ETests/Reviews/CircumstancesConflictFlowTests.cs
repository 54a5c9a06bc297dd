namespace DhrTracker.E2ETests.Reviews;

/// <summary>
/// R19 (ADR 0408): two coordinators record the circumstances of one death at once. What only the first changed is taken
/// into the second's form, the detail both changed is the second's to settle, and the saved record holds every edit.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CircumstancesConflictFlowTests(BrowserFixture browser)
{
    private const string Children = "Children under 18 living in the household";

    [Fact]
    public async Task The_second_to_save_gets_the_first_ones_flag_settles_the_children_count_and_both_edits_are_kept()
    {
        await using var first = await OpenTheCircumstancesAsync();
        await using var second = await OpenTheCircumstancesAsync();

        await first.Page.GetByTestId("check-EconomicAbuse").ClickAsync();
        await first.Page.GetByLabel(Children).FillAsync("2");
        await first.Page.GetByTestId("save-circumstances").ClickAsync();
        await Assertions.Expect(first.Page.GetByText("Circumstances saved.")).ToBeVisibleAsync();

        var page = second.Page;
        await page.GetByTestId("check-Stalking").ClickAsync();
        await page.GetByLabel(Children).FillAsync("3");
        await page.GetByTestId("save-circumstances").ClickAsync();

        var conflict = page.GetByTestId("circumstances-conflict");
        await Assertions.Expect(conflict).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId("circumstances-conflict-taken")).ToContainTextAsync("Their changes to Economic abuse are now in the form.");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Economic", Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Stalking", Exact = true })).ToBeCheckedAsync();
        var clash = page.GetByTestId("circumstances-clash");
        await Assertions.Expect(clash).ToContainTextAsync(Children);
        await Assertions.Expect(page.GetByLabel(Children)).ToHaveValueAsync("3");
        await second.AssertAccessibleAsync();

        await clash.GetByText("Take theirs: 2").ClickAsync();
        await Assertions.Expect(page.GetByLabel(Children)).ToHaveValueAsync("2");
        await page.GetByTestId("save-circumstances").ClickAsync();
        await Assertions.Expect(page.GetByText("Circumstances saved.")).ToBeVisibleAsync();

        // A fresh read of the page holds both people's edits.
        await first.Page.ReloadAsync();
        await first.Page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
        await Assertions.Expect(first.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Stalking", Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(first.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Economic", Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(first.Page.GetByLabel(Children)).ToHaveValueAsync("2");
    }

    private async Task<UserSession> OpenTheCircumstancesAsync()
    {
        var user = await browser.NewSessionAsync();
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/reviews?q=DHR7");
        await user.Page.GetByRole(AriaRole.Link, new() { Name = "Northbridge DHR7", Exact = true }).ClickAsync();
        await user.Page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
        await Assertions.Expect(user.Page.GetByTestId("save-circumstances")).ToBeVisibleAsync();
        return user;
    }
}
