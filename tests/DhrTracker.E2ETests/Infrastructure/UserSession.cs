using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using DhrTracker.Core.Demo;

namespace DhrTracker.E2ETests.Infrastructure;

/// <summary>One person at one browser: sign in, wait for the live connection, check accessibility.</summary>
public sealed class UserSession : IAsyncDisposable
{
    private readonly List<string> cspViolations = [];
    private readonly List<string> consoleErrors = [];
    private readonly E2EApp app;

    public UserSession(IBrowserContext context, IPage page, E2EApp app)
    {
        this.app = app;
        Context = context;
        Page = page;
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }

            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                cspViolations.Add(message.Text);
            }
        };
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public IReadOnlyList<string> CspViolations => cspViolations;

    /// <summary>
    /// A demo account's full sign-in as Production asks for it: password, then the code its
    /// authenticator shows now, then the live connection.
    /// </summary>
    public async Task SignInAsync(string email)
    {
        await SignInWithPasswordAsync(email);
        // The two-factor page's wording is the lead's to change: the code box keeps its label, the form one submit button.
        await Page.GetByLabel("Authenticator code").FillAsync(app.NextAuthenticatorCode(email));
        await Page.Locator("form button[type=submit]").ClickAsync();
        try
        {
            await WaitForInteractiveAsync();
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{email} signed in with password and code but reached no live page (test clock {app.Clock.Offset} ahead of real time): at {Page.Url}, browser errors:\n{string.Join("\n", consoleErrors)}\nshowing:\n{await Page.Locator("body").InnerTextAsync()}");
        }
    }

    /// <summary>The first step only: email and password submitted, wherever the app sends the browser next.</summary>
    public async Task SignInWithPasswordAsync(string email, string password = DemoData.Password)
    {
        await Page.GotoAsync("/Account/Login");
        await Page.GetByLabel("Email address").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
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
        var problems = await AccessibilityProblemsAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Waits until no finite CSS animation or transition is running, so the scan reads the page as a person sees it once
    /// it has settled: a menu still fading in measured its items at 1.67:1 contrast on a quiet machine. An endless one (a
    /// progress spinner) is not waited for.
    /// </summary>
    private async Task AnimationsSettledAsync() => await Page.WaitForFunctionAsync("""
        () => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)
        """, null, new() { Timeout = 10_000 });

    /// <summary>What <see cref="AssertAccessibleAsync"/> would fail on, so a test can scan several pages and report them all at once.</summary>
    public async Task<IReadOnlyList<string>> AccessibilityProblemsAsync()
    {
        // Set DHR_SCREENSHOTS=<folder> to keep a picture of every page checked, for a person to look at.
        if (Environment.GetEnvironmentVariable("DHR_SCREENSHOTS") is { Length: > 0 } folder)
        {
            var name = string.Concat(new Uri(Page.Url).AbsolutePath.Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-');
            await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{DateTime.UtcNow:HHmmssfff}-{name}.png"), FullPage = true });
        }

        await AnimationsSettledAsync();
        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            // Every violating element in full; passes only by rule (the scan's slowest part is sending results back).
            ResultTypes = [ResultType.Violations],
        });
        var problems = new List<string>();
        if (result.Passes.Length == 0)
        {
            problems.Add($"axe found nothing to check on {Page.Url}");
        }

        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(Describe))}")
            .ToList();
        if (serious.Count > 0)
        {
            problems.Add($"Accessibility violations on {Page.Url}:\n{string.Join("\n", serious)}");
        }

        problems.AddRange(CspViolations.Select(v => $"CSP violation on {Page.Url}: {v}"));
        return problems;
    }

    // The element and axe's own reason (such as the size it measured), on one line.
    private static string Describe(AxeResultNode node) =>
        $"{node.Html} [{string.Join(" ", new[] { node.Any, node.All, node.None }.SelectMany(checks => checks ?? []).Select(c => c.Message))}]";

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
