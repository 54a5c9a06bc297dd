using System.Diagnostics;
using DhrTracker.Core.Demo;
using Microsoft.Playwright;

namespace DhrTracker.Load;

/// <summary>One person at one browser tab: signed in as the demo coordinator, on a review page, clicking through its tabs.</summary>
internal sealed class Session(IBrowserContext context, IPage page) : IAsyncDisposable
{
    /// <summary>The review page's tabs a coordinator clicks through, each loading its own data from the server.</summary>
    public static readonly string[] Tabs = ["Timeline", "People", "Findings", "Recommendations & actions", "Documents", "Summary"];

    public static async Task<Session> SignInAsync(IBrowser browser, string baseUrl)
    {
        // A common desktop screen: every tab of the review page fits without scrolling the tab strip.
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "en-GB", ViewportSize = new() { Width = 1920, Height = 1080 } });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email address").FillAsync(DemoData.Accounts[0].Email);
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("[data-interactive='true']").WaitForAsync();
        return new Session(context, page);
    }

    public IPage Page => page;

    /// <summary>Opens a review page and waits for its live connection.</summary>
    public async Task OpenAsync(string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive='true']").WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = Tabs[^1], Exact = true }).WaitForAsync();
    }

    /// <summary>
    /// Clicks a tab and returns the milliseconds until it shows as selected with its panel loaded (no progress bar left in
    /// it): the click's round trip to the server, the tab's data read, and the update drawn.
    /// </summary>
    /// <returns>Infinity when the tab did not update within the context's 60-second limit: a failed click, counted as such.</returns>
    public async Task<double> ClickTabAsync(string name)
    {
        try
        {
            return await TimeClickAsync(name);
        }
        catch (TimeoutException)
        {
            return double.PositiveInfinity;
        }
    }

    private async Task<double> TimeClickAsync(string name)
    {
        var tab = page.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true });
        // The click event itself, as the browser tests do: in a tab strip wider than the page, Playwright's scroll-into-view
        // can leave a tab under the navigation drawer, and what is measured is the app's answer, not the pointer's path.
        await tab.WaitForAsync();
        var clock = Stopwatch.StartNew();
        await tab.DispatchEventAsync("click");
        await page.WaitForFunctionAsync("""
            name => {
              const tab = [...document.querySelectorAll('[role=tab]')].find(t => t.textContent.trim() === name);
              const panel = document.querySelector('[role=tabpanel]');
              return tab && tab.getAttribute('aria-selected') === 'true' && panel && !panel.querySelector('[role=progressbar]');
            }
            """, name, new() { PollingInterval = 5 });
        return clock.Elapsed.TotalMilliseconds;
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
