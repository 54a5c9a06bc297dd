namespace DhrTracker.E2ETests.Accessibility;

/// <summary>
/// ADR 0409: choosing from a select leaves the focus on it, by mouse and by keyboard, so what a person types next goes
/// where they put the caret and a keyboard user carries on from the select rather than from the top of the page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SelectFocusFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Choosing_with_the_mouse_never_takes_the_focus_off_the_select()
    {
        await using var user = await OpenNewFindingAsync();
        var page = user.Page;
        var select = page.GetByTestId("finding-type-select");
        await select.ClickAsync();
        // Every focusout from here on. Before ADR 0409 pressing the option moved the focus to it, and the server gave it
        // back a round trip later: the late hand-back is what could catch the caret in the next box.
        await page.EvaluateAsync("""
            () => { window.focusLeft = []; document.addEventListener('focusout', e => window.focusLeft.push(e.target.getAttribute('role') ?? e.target.tagName), true); }
            """);
        await page.GetByRole(AriaRole.Option, new() { Name = "Missed opportunity" }).ClickAsync();

        await Assertions.Expect(select).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(select).ToHaveValueAsync("Missed opportunity");
        await Assertions.Expect(select).ToBeFocusedAsync();
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.focusLeft"));
        await page.GetByTestId("cancel-finding").ClickAsync();
    }

    [Fact]
    public async Task Choosing_with_the_keyboard_leaves_the_focus_on_the_select()
    {
        await using var user = await OpenNewFindingAsync();
        var page = user.Page;
        var select = page.GetByTestId("finding-type-select");
        await select.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(select).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(select).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(select).Not.ToHaveValueAsync("");
        // A select that showed its choice as text replaced its box, and the focus fell back to the page.
        await Assertions.Expect(select).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(select).Not.ToBeFocusedAsync();
        await page.GetByTestId("cancel-finding").ClickAsync();
    }

    private async Task<UserSession> OpenNewFindingAsync()
    {
        var user = await browser.NewSessionAsync();
        await user.SignInAsync("panel@demo.invalid");
        await user.GotoAsync("/reviews?q=DHR3");
        await user.Page.GetByRole(AriaRole.Link, new() { Name = "Northbridge DHR3", Exact = true }).ClickAsync();
        await user.Page.GetByRole(AriaRole.Tab, new() { Name = "Findings" }).ClickAsync();
        await user.Page.GetByTestId("add-finding").ClickAsync();
        return user;
    }
}
