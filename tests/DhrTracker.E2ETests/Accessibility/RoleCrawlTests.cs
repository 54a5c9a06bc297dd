using System.Text.RegularExpressions;

namespace DhrTracker.E2ETests.Accessibility;

/// <summary>
/// Issue 16's crawl (Production, two-factor): each demo role signs in, lands on its work, and every page its menu offers is
/// scanned for WCAG 2.2 AA, with one review (and its print view) or one action, and the bell open. The run reports every
/// serious or critical problem at once. It only reads, so the shared demo register is left as it was.
/// </summary>
/// <remarks>
/// Pages that read the same for every role (the glossary, a review's print view) are scanned once, by the first role that
/// reaches them; every other page is scanned as each role sees it, because each role sees different controls.
/// </remarks>
[Collection(BrowserCollection.Name)]
public sealed class RoleCrawlTests(BrowserFixture browser)
{
    private static readonly (string Email, string Landing)[] Roles =
    [
        ("coordinator@demo.invalid", "/"),
        ("manager@demo.invalid", "/"),
        ("panel@demo.invalid", "/reviews"),
        ("agencylead@demo.invalid", "/my-actions"),
        ("admin@demo.invalid", "/admin"),
    ];

    private static readonly string[] SameForEveryRole = ["/glossary", "/print"];

    [Fact]
    public async Task Every_page_each_role_can_reach_from_its_menu_passes_axe()
    {
        var problems = new List<string>();
        var scannedOnce = new HashSet<string>();
        foreach (var (email, landing) in Roles)
        {
            await using var user = await browser.NewSessionAsync();
            await user.SignInAsync(email);
            var page = user.Page;
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(landing)}$"));

            var menu = await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).Locator("a[href]")
                .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.NotEmpty(menu);
            var paths = menu.Distinct().ToList();
            if (menu.Contains("/reviews") && await FirstLinkAsync(user, "/reviews", "[data-testid=reviews-grid] a[href^='/reviews/']") is { } review)
            {
                paths.AddRange([review, $"{review}/print"]);
            }

            if (menu.Contains("/my-actions") && await FirstLinkAsync(user, "/my-actions", "main a[href^='/actions/']") is { } action)
            {
                paths.Add(action);
            }

            foreach (var path in paths)
            {
                var shared = SameForEveryRole.FirstOrDefault(p => path.EndsWith(p, StringComparison.Ordinal));
                if (shared is null || scannedOnce.Add(shared))
                {
                    problems.AddRange((await ScanAsync(user, path)).Select(p => $"{email}: {p}"));
                }
            }

            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^What needs you") }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Menu)).ToBeVisibleAsync();
            problems.AddRange((await user.AccessibilityProblemsAsync()).Select(p => $"{email}, the bell open: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<IReadOnlyList<string>> ScanAsync(UserSession user, string path)
    {
        await user.GotoAsync(path);
        // Lists load after the page becomes interactive: scan what the user reads, not the loading bar.
        await Assertions.Expect(user.Page.Locator(".mud-progress-linear")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        return await user.AccessibilityProblemsAsync();
    }

    /// <summary>The first record the list links to (<paramref name="selector"/> finds its links), once the list has loaded.</summary>
    private static async Task<string?> FirstLinkAsync(UserSession user, string listPath, string selector)
    {
        await user.GotoAsync(listPath);
        var links = user.Page.Locator(selector);
        await Assertions.Expect(links.First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs.FirstOrDefault(h => Regex.IsMatch(h, "/[0-9a-f]{8}-[0-9a-f-]{27}$"));
    }
}
