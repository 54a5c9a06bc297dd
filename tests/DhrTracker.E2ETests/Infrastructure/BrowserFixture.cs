namespace DhrTracker.E2ETests.Infrastructure;

/// <summary>
/// One app (Production over HTTPS, two-factor on) and one Debian Chromium for the whole run.
/// Playwright's own browser download is never used (no downloads here): build.sh installs the
/// `chromium` package.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public BrowserFixture()
        : this(new E2EApp())
    {
    }

    protected BrowserFixture(E2EApp app) => App = app;

    public E2EApp App { get; }
    public IBrowser Browser { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run ./build.sh test, which installs Debian's chromium.");
        // The browser suite shares CI's two cores with the unit and integration tests, so a page may take longer to
        // answer than alone: assertions wait as long as actions do (the context's 15 s) rather than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(15_000);
        await App.StartAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--lang=en-GB"],
        });
    }

    /// <summary>
    /// A fresh browser profile (cookies, storage) with a UK locale unless a test asks for another (a US
    /// browser must still type dates day first), plus a log of CSP violations.
    /// The app's certificate is self-signed for this run, so the browser is told to accept it.
    /// </summary>
    public async Task<UserSession> NewSessionAsync(string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = App.BaseUrl,
            IgnoreHTTPSErrors = true,
            Locale = locale,
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new UserSession(context, page, App);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
