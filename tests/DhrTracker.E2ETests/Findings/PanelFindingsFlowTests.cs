namespace DhrTracker.E2ETests.Findings;

/// <summary>Issue 5's journey: a panel member records three findings with themes and sees the theme counts move.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PanelFindingsFlowTests(BrowserFixture browser)
{
    private static readonly (string Theme, string Narrative)[] Findings =
    [
        ("Professional curiosity", "The health visitor showed no professional curiosity about the bruising."),
        ("Routine enquiry", "No routine enquiry about domestic abuse was made at the antenatal booking."),
        ("Information sharing", "Information sharing between housing and police did not happen before the eviction."),
    ];

    [Fact]
    public async Task Panel_member_records_three_findings_and_the_theme_counts_change()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("panel@demo.invalid");
        var before = await FindingCountsAsync(user);

        await user.GotoAsync("/reviews?q=DHR3");
        await page.GetByRole(AriaRole.Link, new() { Name = "Northbridge DHR3", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Findings" }).ClickAsync();
        foreach (var (theme, narrative) in Findings)
        {
            await page.GetByTestId("add-finding").ClickAsync();
            await page.ChooseAsync(page.GetByTestId("finding-type-select"), "Missed opportunity", exact: false);
            await page.GetByLabel("Narrative", new() { Exact = true }).FillAsync(narrative);
            await page.GetByRole(AriaRole.Button, new() { Name = $"Add suggested theme {theme}" }).ClickAsync();
            await page.GetByTestId("save-finding").ClickAsync();
            await Assertions.Expect(page.GetByTestId("finding").Filter(new() { HasText = narrative })).ToBeVisibleAsync();
        }

        await user.AssertAccessibleAsync();
        var after = await FindingCountsAsync(user);
        foreach (var (theme, _) in Findings)
        {
            Assert.True(before[theme] + 1 == after[theme], $"{theme}: findings should go from {before[theme]} to {before[theme] + 1}, was {after[theme]}");
        }

        await user.AssertAccessibleAsync();
    }

    private static async Task<Dictionary<string, int>> FindingCountsAsync(UserSession user)
    {
        await user.GotoAsync("/learning/themes");
        var counts = new Dictionary<string, int>();
        foreach (var (theme, _) in Findings)
        {
            var cell = user.Page.Locator($"[data-testid='theme-row'][data-theme='{theme}']").GetByTestId("theme-count-findings");
            counts[theme] = await cell.CountAsync() == 0 ? 0 : int.Parse(await cell.InnerTextAsync());
        }

        return counts;
    }
}
