namespace DhrTracker.E2ETests.Infrastructure;

/// <summary>Choosing from a MudBlazor select with the mouse, as a person does, and then waiting for it to settle.</summary>
public static class Choosing
{
    /// <summary>
    /// Opens the select, clicks the option, and waits until the list has closed, as a person sees it, before the next step.
    /// Every flow that chooses this way also checks what ADR 0409 promises: the select still holds the focus after the
    /// choice. Before that decision, pressing an option took the focus off the select and MudSelect gave it back from
    /// the server; on a loaded machine that call landed after the next FillAsync had put the caret in another box, and
    /// CI saw forms saved without their date or narrative. A select that showed its choice as text lost the focus to
    /// the page instead.
    /// </summary>
    /// <param name="combobox">The select's own box (role combobox): MudSelect puts data-testid and aria-label on it.</param>
    public static async Task ChooseAsync(this IPage page, ILocator combobox, string option, bool exact = true)
    {
        await combobox.ClickAsync();
        var item = page.GetByRole(AriaRole.Option, new() { Name = option, Exact = exact });
        await item.ClickAsync();
        await Assertions.Expect(item).ToBeHiddenAsync();
        await Assertions.Expect(combobox).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(combobox).ToBeFocusedAsync();
    }

    /// <summary>The select inside a form field's wrapper (id "field-{name}").</summary>
    public static Task ChooseInFieldAsync(this IPage page, string field, string option, bool exact = true) =>
        page.ChooseAsync(page.Locator($"#field-{field}").GetByRole(AriaRole.Combobox), option, exact);
}
