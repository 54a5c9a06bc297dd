using System.Text.RegularExpressions;

namespace DhrTracker.E2ETests.Search;

/// <summary>
/// Issue 16 item 11 in the browser (Production, HTTPS, two-factor): a coordinator finds a review by what they
/// remember of it. Reads the shared demo register only: Northbridge DHR3's victim is Adult F and its GP finding
/// carries the theme "Routine enquiry" (DemoData). Searching leaves no open work behind, only audit rows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchFlowTests(BrowserFixture browser)
{
    private const string Reference = "Northbridge DHR3";

    [Fact]
    public async Task A_coordinator_finds_a_review_by_pseudonym_opens_it_and_finds_it_again_by_a_theme_named_as_the_match()
    {
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/");
        var page = user.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Search reviews" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Search reviews", Level = 1 })).ToBeVisibleAsync();
        var box = page.GetByLabel("Search for");

        // One letter is refused by name in the error summary, and what was typed stays in the box.
        await box.FillAsync("F");
        await page.GetByTestId("search-submit").ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Search: enter at least 2 characters");
        // The summary takes the focus from the server, as a person sees it move; typing before it landed could lose the words.
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(box).ToHaveValueAsync("F");

        await box.FillAsync("Adult F");
        // The refusal clears once the server has the new words, as a person sees it go before searching again. Clicking
        // before that raced the box's text against the submit under load (a CI run searched for "F" again).
        await Assertions.Expect(page.Locator(".error-summary")).ToHaveCountAsync(0);
        await page.GetByTestId("search-submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=Adult(%20|\+)F$"));
        var result = ResultFor(page);
        await Assertions.Expect(result).ToBeVisibleAsync();
        Assert.Contains(("Victim (pseudonym)", "Adult F"), await MatchesAsync(result));
        await user.AssertAccessibleAsync();

        await result.GetByRole(AriaRole.Link, new() { Name = Reference, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Reference, Level = 1 })).ToBeVisibleAsync();
        await page.GoBackAsync();
        await Assertions.Expect(ResultFor(page)).ToBeVisibleAsync();

        await page.GetByLabel("Search for").FillAsync("routine enquiry");
        await page.GetByTestId("search-submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"q=routine(%20|\+)enquiry$"));
        await Assertions.Expect(ResultFor(page).GetByTestId("search-match-field").Filter(new() { HasTextString = "Theme of a finding" }))
            .ToBeVisibleAsync();
        Assert.Contains(("Theme of a finding", "Routine enquiry"), await MatchesAsync(ResultFor(page)));
    }

    private static ILocator ResultFor(IPage page) => page.GetByTestId("search-result")
        .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = Reference, Exact = true }) });

    private static async Task<List<(string Field, string Text)>> MatchesAsync(ILocator result)
    {
        var fields = await result.GetByTestId("search-match-field").AllInnerTextsAsync();
        var texts = await result.GetByTestId("search-match-text").AllInnerTextsAsync();
        return fields.Zip(texts, (f, t) => (f.Trim(), t.Trim())).ToList();
    }
}
