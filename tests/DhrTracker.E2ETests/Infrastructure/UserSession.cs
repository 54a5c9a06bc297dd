using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace DhrTracker.E2ETests.Infrastructure;

/// <summary>One person at one browser: sign in, wait for the live connection, check accessibility.</summary>
public sealed class UserSession : IAsyncDisposable
{
    public const string DemoPassword = "demo-only-Kestrel-Harbour-42";

    private readonly List<string> cspViolations = [];

    public UserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                cspViolations.Add(message.Text);
            }
        };
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public IReadOnlyList<string> CspViolations => cspViolations;

    public async Task SignInAsync(string email)
    {
        await Page.GotoAsync("/Account/Login");
        await Page.GetByLabel("Email address").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await WaitForInteractiveAsync();
    }

    /// <summary>Prerendered pages ignore clicks until the circuit connects; the layout marks that moment.</summary>
    public async Task WaitForInteractiveAsync() =>
        await Page.Locator("[data-interactive='true']").WaitForAsync();

    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitForInteractiveAsync();
    }

    /// <summary>WCAG 2.2 AA scan of the page as it stands: no serious or critical violation, and no CSP violation.</summary>
    public async Task AssertAccessibleAsync()
    {
        // Set DHR_SCREENSHOTS=<folder> to keep a picture of every page checked, for a person to look at.
        if (Environment.GetEnvironmentVariable("DHR_SCREENSHOTS") is { Length: > 0 } folder)
        {
            var name = string.Concat(new Uri(Page.Url).AbsolutePath.Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-');
            await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{DateTime.UtcNow:HHmmssfff}-{name}.png"), FullPage = true });
        }

        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        Assert.NotEmpty(result.Passes);
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, $"Accessibility violations on {Page.Url}:\n{string.Join("\n", serious)}");
        Assert.Empty(CspViolations);
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
