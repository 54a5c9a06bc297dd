namespace DhrTracker.E2ETests.Findings;

/// <summary>
/// Smoke flows of issue 5, written by its engineer to check the pages render, work with the keyboard
/// and mouse and pass the accessibility scan. The lead's fuller browser tests may replace them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FindingsSmokeTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_adds_a_finding_accepting_a_suggested_theme()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/reviews?q=DHR4");
        await page.GetByRole(AriaRole.Link, new() { Name = "Northbridge DHR4", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Findings" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("add-finding")).ToBeVisibleAsync();
        await user.AssertAccessibleAsync();

        await page.GetByTestId("add-finding").ClickAsync();
        await page.GetByTestId("save-finding").ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Assertions.Expect(summary).ToContainTextAsync("Choose at least one theme for the finding.");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#field-Narrative")).ToContainTextAsync("Enter the narrative");
        await user.AssertAccessibleAsync();

        await page.ChooseAsync(page.GetByTestId("finding-type-select"), "Good practice", exact: false);
        await page.ChooseAsync(page.GetByTestId("finding-agency-select"), "Housing");
        await page.GetByLabel("Narrative", new() { Exact = true }).FillAsync("The officer asked about stalking and saw the tenant alone.");
        var suggestion = page.GetByRole(AriaRole.Button, new() { Name = "Add suggested theme Stalking and harassment" });
        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("theme-chip")).ToHaveCountAsync(0);
        await user.AssertAccessibleAsync();
        await suggestion.ClickAsync();
        await Assertions.Expect(page.GetByTestId("theme-chip")).ToHaveTextAsync("Stalking and harassment");
        await page.GetByTestId("save-finding").ClickAsync();

        var finding = page.GetByTestId("finding");
        await Assertions.Expect(finding).ToContainTextAsync("The officer asked about stalking");
        await Assertions.Expect(finding.GetByTestId("finding-type")).ToHaveTextAsync("Good practice");
        await user.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Manager_sees_theme_counts_and_drills_into_a_theme()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("manager@demo.invalid");
        await user.GotoAsync("/learning");
        await page.GetByTestId("learning-themes-link").ClickAsync();
        var row = page.Locator("[data-testid='theme-row'][data-theme='Coercive control']");
        await Assertions.Expect(row.GetByTestId("theme-count-reviews")).ToHaveTextAsync("1");
        await Assertions.Expect(row.GetByTestId("theme-count-findings")).ToHaveTextAsync("1");
        await user.AssertAccessibleAsync();

        await row.GetByRole(AriaRole.Link, new() { Name = "Coercive control" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Coercive control" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("theme-finding")).ToContainTextAsync("Northbridge DHR1");
        await user.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Administrator_retires_a_theme_and_the_taxonomy_page_is_accessible()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("admin@demo.invalid");
        await user.GotoAsync("/admin");
        await page.GetByTestId("admin-themes-link").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Theme taxonomy" })).ToBeVisibleAsync();
        await user.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Change Supervision" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("theme-editor")).ToBeVisibleAsync();
        await user.AssertAccessibleAsync();
        await page.GetByTestId("retire-theme").ClickAsync();
        await Assertions.Expect(page.GetByTestId("taxonomy-message")).ToContainTextAsync("Retired 'Supervision'");
        await Assertions.Expect(page.Locator("[data-testid='taxonomy-row'][data-theme='Supervision']")).ToContainTextAsync("Retired");
    }

    [Fact]
    public async Task Coordinator_edits_a_finding_and_the_key_themes_and_groups_by_theme()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/reviews?q=DHR3");
        await page.GetByRole(AriaRole.Link, new() { Name = "Northbridge DHR3", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Findings" }).ClickAsync();

        var housing = page.GetByTestId("finding").Filter(new() { HasText = "housing officer" });
        await housing.GetByTestId("edit-finding").ClickAsync();
        await page.GetByLabel("Period or event it concerns").FillAsync("Tenancy visit in the final month");
        await page.GetByTestId("save-finding").ClickAsync();
        await Assertions.Expect(housing).ToContainTextAsync("Tenancy visit in the final month");

        await page.GetByTestId("edit-key-themes").ClickAsync();
        await page.ChooseAsync(page.GetByTestId("key-themes-add"), "MARAC (Professional practice)", exact: false);
        await user.AssertAccessibleAsync();
        await page.GetByTestId("save-key-themes").ClickAsync();
        await Assertions.Expect(page.GetByTestId("key-theme")).ToHaveTextAsync("MARAC");

        await page.ChooseAsync(page.GetByTestId("findings-group-by"), "Theme", exact: false);
        // One group per theme the findings carry, a finding under each of its themes. Counted by name, not
        // in total: the panel member's journey may already have added findings to this review.
        foreach (var theme in new[] { "Mental health", "Professional curiosity", "Routine enquiry" })
        {
            await Assertions.Expect(page.Locator($"[data-testid='findings-group'][aria-label='{theme}']")).ToHaveCountAsync(1);
        }

        var curiosity = page.Locator("[data-testid='findings-group'][aria-label='Professional curiosity']");
        await Assertions.Expect(curiosity.GetByTestId("finding").Filter(new() { HasText = "housing officer" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid='findings-group'][aria-label='Mental health']").GetByTestId("finding")).ToHaveCountAsync(1);
        await user.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Administrator_merges_a_theme_into_another()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("admin@demo.invalid");
        await user.GotoAsync("/admin/themes");

        await page.GetByRole(AriaRole.Button, new() { Name = "Change Think family" }).ClickAsync();
        await page.GetByTestId("merge-theme").ClickAsync();
        await Assertions.Expect(page.Locator("#field-TargetThemeId")).ToContainTextAsync("Choose the theme to merge into.");
        await page.ChooseAsync(page.GetByTestId("merge-target"), "Domestic abuse within families (Professional practice)", exact: false);
        await page.GetByTestId("merge-theme").ClickAsync();

        await Assertions.Expect(page.GetByTestId("taxonomy-message")).ToContainTextAsync("Merged 'Think family' into 'Domestic abuse within families'");
        await Assertions.Expect(page.Locator("[data-testid='taxonomy-row'][data-theme='Think family']")).ToContainTextAsync("Merged into Domestic abuse within families");
        await user.AssertAccessibleAsync();
    }

    /// <summary>R19: what only the first editor changed is taken, the detail both changed is the second's to settle, and neither loses an edit.</summary>
    [Fact]
    public async Task A_second_editor_gets_the_first_editors_change_chooses_per_detail_and_both_edits_are_kept()
    {
        await using var first = await browser.NewSessionAsync();
        await using var second = await browser.NewSessionAsync();
        foreach (var session in new[] { first, second })
        {
            await session.SignInAsync("coordinator@demo.invalid");
            await session.GotoAsync("/reviews?q=DHR1");
            await session.Page.GetByRole(AriaRole.Link, new() { Name = "Northbridge DHR1", Exact = true }).ClickAsync();
            await session.Page.GetByRole(AriaRole.Tab, new() { Name = "Findings" }).ClickAsync();
            await session.Page.GetByTestId("edit-finding").First.ClickAsync();
        }

        await first.Page.GetByLabel("Narrative", new() { Exact = true }).FillAsync("First editor's narrative.");
        await first.Page.GetByLabel("Period or event it concerns").FillAsync("First editor's period");
        await first.Page.GetByTestId("save-finding").ClickAsync();
        await Assertions.Expect(first.Page.GetByTestId("finding").First).ToContainTextAsync("First editor's period");

        var page = second.Page;
        await page.GetByLabel("Period or event it concerns").FillAsync("Second editor's period");
        await page.GetByTestId("save-finding").ClickAsync();
        var conflict = page.GetByTestId("finding-conflict");
        await Assertions.Expect(conflict).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId("finding-conflict-taken")).ToContainTextAsync("Their changes to Narrative are now in the form.");
        await Assertions.Expect(page.GetByLabel("Narrative", new() { Exact = true })).ToHaveValueAsync("First editor's narrative.");
        var clash = page.GetByTestId("finding-clash");
        await Assertions.Expect(clash).ToContainTextAsync("Period or event it concerns");
        await Assertions.Expect(page.GetByLabel("Period or event it concerns")).ToHaveValueAsync("Second editor's period");
        await second.AssertAccessibleAsync();

        await clash.GetByText("Take theirs: First editor's period").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Period or event it concerns")).ToHaveValueAsync("First editor's period");
        await clash.GetByText("Keep mine: Second editor's period").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Period or event it concerns")).ToHaveValueAsync("Second editor's period");
        await page.GetByTestId("save-finding").ClickAsync();

        var saved = page.GetByTestId("finding").First;
        await Assertions.Expect(saved).ToContainTextAsync("Second editor's period");
        await Assertions.Expect(saved).ToContainTextAsync("First editor's narrative.");
    }
}
