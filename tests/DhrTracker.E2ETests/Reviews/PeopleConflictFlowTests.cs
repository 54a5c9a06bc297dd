namespace DhrTracker.E2ETests.Reviews;

/// <summary>
/// R19 (ADR 0408): two coordinators record the circumstances of one death, or one victim's details, at once. What only the first changed is taken
/// into the second's form, the detail both changed is the second's to settle, and the saved record holds every edit.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PeopleConflictFlowTests(BrowserFixture browser)
{
    private const string Children = "Children under 18 living in the household";

    [Fact]
    public async Task The_second_to_save_gets_the_first_ones_flag_settles_the_children_count_and_both_edits_are_kept()
    {
        await using var first = await OpenThePeopleTabAsync();
        await using var second = await OpenThePeopleTabAsync();

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

    [Fact]
    public async Task Two_editors_of_one_victim_settle_the_age_they_both_changed_and_keep_the_new_pseudonym()
    {
        await using var first = await OpenThePeopleTabAsync();
        await using var second = await OpenThePeopleTabAsync();
        foreach (var session in new[] { first, second })
        {
            await session.Page.GetByTestId("edit-victim").First.ClickAsync();
        }

        await first.Page.GetByLabel("Age at death").FillAsync("45");
        await first.Page.GetByTestId("save-victim").ClickAsync();
        await Assertions.Expect(first.Page.GetByTestId("save-victim")).ToBeHiddenAsync();

        var page = second.Page;
        await page.GetByLabel("Pseudonym", new() { Exact = true }).FillAsync("Synthetic Wren");
        await page.GetByLabel("Age at death").FillAsync("46");
        await page.GetByTestId("save-victim").ClickAsync();

        var conflict = page.GetByTestId("victim-conflict");
        await Assertions.Expect(conflict).ToBeFocusedAsync();
        var clash = page.GetByTestId("victim-clash");
        await Assertions.Expect(clash).ToContainTextAsync("Age at death");
        await Assertions.Expect(page.GetByLabel("Pseudonym", new() { Exact = true })).ToHaveValueAsync("Synthetic Wren");
        await second.AssertAccessibleAsync();

        await clash.GetByText("Take theirs: 45").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Age at death")).ToHaveValueAsync("45");
        await page.GetByTestId("save-victim").ClickAsync();

        var row = page.GetByTestId("victim-row").Filter(new() { HasText = "Synthetic Wren" });
        await Assertions.Expect(row).ToContainTextAsync("45");
    }

    private async Task<UserSession> OpenThePeopleTabAsync()
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
