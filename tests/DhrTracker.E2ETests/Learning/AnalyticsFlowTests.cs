using System.Text;
using DhrTracker.Core.Analytics;

namespace DhrTracker.E2ETests.Learning;

/// <summary>
/// Issue 12's analytics in the browser: every chart's table carries the same numbers as its CSV download, the page
/// passes the accessibility scan, each download is reached by keyboard, and a reversed period is refused by name.
/// Reads the shared demo register only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AnalyticsFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Each_charts_table_matches_its_csv_and_the_page_is_accessible()
    {
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/learning");
        var page = user.Page;
        await Assertions.Expect(page.GetByTestId("analytics-scope")).ToBeVisibleAsync();

        foreach (var key in SeriesKeys.All)
        {
            var section = page.GetByTestId($"analytics-{key}");
            await Assertions.Expect(section).ToBeVisibleAsync();
            // Each chart is drawn, or says there is nothing to draw; either way its table is beside it.
            Assert.Equal(1, await section.Locator($"[data-testid='chart-{key}'] svg, [data-testid='chart-empty-{key}']").First.CountAsync());
            var table = await TableAsync(section);
            var href = await section.GetByTestId($"csv-{key}").GetAttributeAsync("href");
            var response = await page.APIRequest.GetAsync(href!);
            Assert.True(response.Ok, $"{key}: {response.Status}");
            var csv = Encoding.UTF8.GetString(await response.BodyAsync()).TrimStart('\uFEFF')
                .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
            Assert.Equal(csv, table);
        }

        // The demo register has reviews, so the numbers are not all empty.
        Assert.Contains(await TableAsync(page.GetByTestId($"analytics-{SeriesKeys.ReviewsPerYear}")), l => l.Split(',').Skip(1).Any(v => v is not ("0" or "")));
        await user.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Suicide_can_be_counted_as_its_own_category_and_the_csv_follows()
    {
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("manager@demo.invalid");
        await user.GotoAsync("/learning");
        var page = user.Page;
        await Assertions.Expect(page.GetByTestId("analytics-scope")).ToBeVisibleAsync();

        await page.GetByLabel("Count suicide as its own category, as national reports do").CheckAsync();
        await page.GetByTestId("analytics-apply").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("suicide=separate"));
        var section = page.GetByTestId($"analytics-{SeriesKeys.Categories}");
        await Assertions.Expect(section.Locator("th[scope='row']", new() { HasTextString = "Suicide" })).ToHaveCountAsync(1);
        var table = await TableAsync(section);
        var href = await section.GetByTestId($"csv-{SeriesKeys.Categories}").GetAttributeAsync("href");
        Assert.Contains("suicide=separate", href);
        var csv = Encoding.UTF8.GetString(await (await page.APIRequest.GetAsync(href!)).BodyAsync()).TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(csv, table);
        Assert.Equal(["Partner", "Familial", "Household", "Other", "Suicide"], table.Skip(1).Select(l => l.Split(',')[0]).Take(5));
        await user.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Every_download_and_the_period_form_are_reached_by_keyboard()
    {
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("manager@demo.invalid");
        await user.GotoAsync("/learning");
        var page = user.Page;
        await Assertions.Expect(page.GetByTestId("analytics-scope")).ToBeVisibleAsync();

        await page.GetByLabel("Notified from").FocusAsync();
        var reached = new HashSet<string>();
        for (var i = 0; i < 250 && !reached.Contains($"csv-{SeriesKeys.National}"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement?.getAttribute('data-testid') ?? ''"));
        }

        Assert.Contains("analytics-apply", reached);
        Assert.All(SeriesKeys.All, key => Assert.Contains($"csv-{key}", reached));
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_is_refused_naming_the_end()
    {
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/learning");
        var page = user.Page;

        await page.GetByLabel("Notified from").FillAsync("2025-06-01");
        await page.GetByLabel("Notified up to").FillAsync("2025-05-31");
        await page.GetByLabel("Notified up to").BlurAsync();
        await page.GetByTestId("analytics-apply").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("from=2025-06-01&to=2025-05-31"));
        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToContainTextAsync(AnalyticsQueryValidator.EndBeforeStart);
        await Assertions.Expect(summary).ToBeFocusedAsync();
        Assert.Equal("#field-To", new Uri(new Uri(page.Url), await summary.Locator("a").First.GetAttributeAsync("href")).Fragment);
        await Assertions.Expect(page.GetByTestId("analytics-scope")).ToHaveCountAsync(0);
        await user.AssertAccessibleAsync();
    }

    /// <summary>The table as CSV lines: heading row, then each row; an empty cell (shown as a dash) is empty, as in the CSV.</summary>
    private static async Task<List<string>> TableAsync(ILocator section)
    {
        var rows = await section.Locator("table tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => Array.from(r.querySelectorAll('th, td')).map(c => c.textContent.trim()))");
        return rows.Select(r => string.Join(",", r.Select(c => c == "–" ? "" : Quote(c)))).ToList();
    }

    private static string Quote(string cell) => cell.IndexOfAny([',', '"']) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
}
