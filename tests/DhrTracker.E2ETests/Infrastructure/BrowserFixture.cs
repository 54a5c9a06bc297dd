namespace DhrTracker.E2ETests.Infrastructure;

/// <summary>
/// One app and one Debian Chromium for the whole run. Playwright's own browser download is never
/// used (no downloads here): build.sh installs the `chromium` package.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public E2EApp App { get; } = new();
    public IBrowser Browser { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run ./build.sh test, which installs Debian's chromium.");
        App.Start();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--lang=en-GB"],
        });
    }

    /// <summary>A fresh browser profile (cookies, storage) with a UK locale, plus a log of CSP violations.</summary>
    public async Task<UserSession> NewSessionAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = App.BaseUrl, Locale = "en-GB", TimezoneId = "Europe/London" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new UserSession(context, page);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
