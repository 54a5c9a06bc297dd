using System.Globalization;
using Microsoft.Playwright;

namespace DhrTracker.Load;

/// <summary>
/// The capacity run (SECURITY.md R25, issue 15 item 3): starts the app, warms it with one session, then grows to each
/// level of signed-in sessions, each on a review page; at each level every session clicks through the review's tabs at a
/// person's pace, all sessions at the same time, and the app's memory is read. Then every session closes and memory is
/// read again (ADR 0405).
/// </summary>
internal sealed class LoadRun(string appDll, int[] levels, TextWriter output)
{
    public const int MaxSessions = 100;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(10);

    /// <summary>Kept back from the time limit to close every session and measure what is left.</summary>
    private static readonly TimeSpan ClosingTime = TimeSpan.FromSeconds(90);

    private readonly System.Diagnostics.Stopwatch started = System.Diagnostics.Stopwatch.StartNew();

    /// <summary>Sign-ins at once: enough to reach 100 sessions in a minute or two, few enough not to measure a queue at the door.</summary>
    private const int SignInsAtOnce = 5;

    private const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// Between one click and the next in a session: a person reads the tab before the next click. At 100 sessions that is
    /// about 20 clicks a second, a busier hour than a national installation's 100 users at once would give.
    /// </summary>
    private static readonly TimeSpan ThinkTime = TimeSpan.FromSeconds(5);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var app = await AppProcess.StartAsync(appDll, ct);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true });
        output.WriteLine($"App at {app.BaseUrl}, memory at start {app.ResidentKb():N0} KB");

        var reviewPath = await FindReviewAsync(browser, app.BaseUrl);
        // One session through every tab first, so start-up work (JIT, caches, the first queries) is not counted per session.
        await using (var warm = await Session.SignInAsync(browser, app.BaseUrl))
        {
            await warm.OpenAsync(reviewPath);
            foreach (var tab in Session.Tabs)
            {
                await warm.ClickTabAsync(tab);
            }
        }

        await SettleAsync(ct);
        var baseline = await app.LiveHeapKbAsync(ct);
        output.WriteLine($"Baseline after one warm-up session closed: live heap {baseline:N0} KB, resident {app.ResidentKb():N0} KB");
        output.WriteLine();
        output.WriteLine("| Sessions | Live heap | Per session | Resident | Clicks (no update within 60 s) | p50 | p95 | Slowest |");
        output.WriteLine("|---|---|---|---|---|---|---|---|");

        var sessions = new List<Session>();
        var results = new List<(int Sessions, long PerSessionKb, double P95)>();
        using var levelsLimit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        levelsLimit.CancelAfter(TimeLimit - ClosingTime - started.Elapsed);
        var growing = 0;
        try
        {
            foreach (var level in levels)
            {
                growing = level;
                var token = levelsLimit.Token;
                await GrowAsync(sessions, level, browser, app.BaseUrl, reviewPath, token);
                var times = await ClickThroughAsync(sessions, token);
                await SettleAsync(token);
                var memory = await app.LiveHeapKbAsync(token);
                var perSession = (memory - baseline) / level;
                var (p50, p95) = (Percentile(times, 0.50), Percentile(times, 0.95));
                results.Add((level, perSession, p95));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {level} | {memory:N0} KB | {perSession:N0} KB | {app.ResidentKb():N0} KB | {times.Count} ({times.Count(double.IsInfinity)} failed) | {p50:0} ms | {p95:0} ms | {times.Max():0} ms |"));
            }
        }
        catch (OperationCanceledException) when (levelsLimit.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            output.WriteLine($"Stopped at the time limit while at {sessions.Count} of {growing} sessions: the rows above are complete, that level is not.");
        }
        finally
        {
            await Task.WhenAll(sessions.Select(s => s.DisposeAsync().AsTask()));
        }

        // A closed tab tells the server at once; give the circuits' disposal and a collection time to happen.
        await Task.Delay(TimeSpan.FromSeconds(30), ct);
        var after = await app.LiveHeapKbAsync(ct);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"After every session closed: live heap {after:N0} KB, {100.0 * (after - baseline) / baseline:+0.0;-0.0}% against the baseline (resident {app.ResidentKb():N0} KB)"));
        if (results.Count == 0)
        {
            output.WriteLine("memory per session: not measured, p95: not measured (no level was completed within the time limit)");
            return 1;
        }

        var top = results[^1];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory per session: {top.PerSessionKb} KB, p95: {top.P95:0} ms{(top.Sessions < levels[^1] ? $" (at {top.Sessions} sessions: {levels[^1]} were not reached within the time limit)" : "")}"));
        return top.Sessions == levels[^1] ? 0 : 1;
    }

    /// <summary>The demo's first review as a coordinator sees it in the reviews list.</summary>
    private static async Task<string> FindReviewAsync(IBrowser browser, string baseUrl)
    {
        await using var first = await Session.SignInAsync(browser, baseUrl);
        await first.Page.GotoAsync("/reviews");
        var link = first.Page.Locator("a[href^='reviews/'], a[href^='/reviews/']").Filter(new() { HasTextRegex = new("DHR") }).First;
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("No review link on /reviews.");
        return href.StartsWith('/') ? href : "/" + href;
    }

    private static async Task GrowAsync(List<Session> sessions, int level, IBrowser browser, string baseUrl, string reviewPath, CancellationToken ct)
    {
        using var gate = new SemaphoreSlim(SignInsAtOnce);
        var added = await Task.WhenAll(Enumerable.Range(0, level - sessions.Count).Select(async _ =>
        {
            await gate.WaitAsync(ct);
            try
            {
                var session = await Session.SignInAsync(browser, baseUrl);
                await session.OpenAsync(reviewPath);
                return session;
            }
            finally
            {
                gate.Release();
            }
        }));
        sessions.AddRange(added);
    }

    /// <summary>
    /// Every session clicks through every tab as a person would: a pause to read between clicks (<see cref="ThinkTime"/>,
    /// each session starting at a random moment within it), all sessions at the same time. The times of every click.
    /// </summary>
    private static async Task<List<double>> ClickThroughAsync(List<Session> sessions, CancellationToken ct)
    {
        var random = new Random(42);
        var starts = sessions.Select(_ => TimeSpan.FromMilliseconds(random.Next((int)ThinkTime.TotalMilliseconds))).ToList();
        var perSession = await Task.WhenAll(sessions.Select(async (session, i) =>
        {
            var times = new List<double>();
            await Task.Delay(starts[i], ct);
            foreach (var tab in Session.Tabs)
            {
                times.Add(await session.ClickTabAsync(tab));
                await Task.Delay(ThinkTime, ct);
            }

            return times;
        }));
        return perSession.SelectMany(t => t).ToList();
    }

    private static Task SettleAsync(CancellationToken ct) => Task.Delay(TimeSpan.FromSeconds(5), ct);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
