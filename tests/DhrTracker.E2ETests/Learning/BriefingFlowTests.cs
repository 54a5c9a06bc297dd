using DhrTracker.Core.Briefing;
using DhrTracker.Core.Common;
using DhrTracker.Core.Data;
using DhrTracker.Core.Demo;
using DhrTracker.Core.National;
using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace DhrTracker.E2ETests.Learning;

/// <summary>
/// Issue 12 in the browser: a coordinator writes the 7-minute briefing for a period, prints it to one or two
/// A4 pages that name nobody, downloads it, and every step works from the keyboard and passes axe.
/// The demo register is shared with other browser tests: this test only reads it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BriefingFlowTests(BrowserFixture browser)
{
    private static readonly string[] Sections =
        ["Background and purpose", "Our reviews", "Common themes", "Good practice", "What's changed", "Next steps", "Our area beside England and Wales"];

    [Fact]
    public async Task A_coordinator_writes_the_briefing_for_a_period_and_prints_it_to_at_most_two_A4_pages_naming_nobody()
    {
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/learning/briefing");
        var page = user.Page;
        var today = UkDates.TodayInUk(browser.App.Clock);

        await page.GetByLabel("Notified from (optional)").FillAsync(Iso(today.AddYears(-5)));
        await page.GetByLabel("Notified to (optional)").FillAsync(Iso(today));
        await page.GetByTestId("write-briefing").ClickAsync();

        var briefing = page.GetByTestId("briefing");
        await Assertions.Expect(briefing.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("7-minute briefing: Domestic Homicide Reviews");
        await Assertions.Expect(briefing.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync(Sections);
        await Assertions.Expect(briefing).ToContainTextAsync($"Reviews notified {UkDates.Format(today.AddYears(-5))} to {UkDates.Format(today)}");
        var held = await HeldReviewsNotifiedAsync(today.AddYears(-5), today);
        await Assertions.Expect(briefing).ToContainTextAsync($"There have been {held} Domestic Homicide Reviews in {await DemoAreaAsync()} involving");
        await user.AssertAccessibleAsync();

        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true });

        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.InRange(document.NumberOfPages, 1, 2);
        Assert.Contains("7-minute briefing", text);
        Assert.Contains("Next steps", text);
        Assert.DoesNotContain("Dashboard", text);
        Assert.DoesNotContain("Write briefing", text);
        var squeezed = text.Replace(" ", "", StringComparison.Ordinal);
        foreach (var name in await DemoNamesAsync())
        {
            Assert.DoesNotContain(name.Replace(" ", "", StringComparison.Ordinal), squeezed, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_downloaded_html_with_the_national_comparison_and_a_busy_register_still_prints_to_at_most_two_A4_pages()
    {
        await using var user = await browser.NewSessionAsync();
        var groups = new (string Group, string[] Measures)[]
        {
            ("Category", ["Partner", "Familial", "Household", "Other"]),
            ("Abuse", ["Coercive control", "Economic abuse", "Physical abuse", "Emotional abuse", "Sexual abuse", "Stalking", "Separation",
                "Honour-based abuse", "Forced marriage", "Homicide-suicide", "Children present"]),
            ("Victim sex", ["Female", "Male", "Other"]),
            ("Victim age band", ["16-19", "20-24", "25-34", "35-44", "45-54", "55-64", "65+"]),
        };
        var rows = groups.SelectMany(g => g.Measures.Select((m, i) => new ComparisonRow(g.Group, m, new Share(i % 4, 9), new Share(100 + i * 37, 1612)))).ToList();
        var report = new BriefingReport("Synthetic Partnership", "Synthetic Area", "Domestic Homicide Review", "Domestic Homicide Reviews",
            null, null, new DateOnly(2026, 11, 30), string.Join("\n\n", Enumerable.Repeat("A synthetic background paragraph about the statutory basis of reviews, the partnership's duty and what the briefing is for.", 2)),
            9, 11, 4, 3, 1, 1, 2,
            [.. Enumerable.Range(1, 8).Select(i => new BriefingTheme($"Synthetic theme number {i}", 9 - i))], 4,
            [.. Enumerable.Range(1, 4).Select(i => $"Synthetic good practice {i}: a worker noticed and acted on an early sign.")],
            [.. Enumerable.Range(1, 3).Select(a => new BriefingAgencyActions($"Agency {a}", [new($"Synthetic action {a} signed off", "Staff trained", new DateOnly(2026, 6, a))]))],
            [.. Enumerable.Range(1, 4).Select(a => new BriefingAgencyActions($"Agency {a}", [new($"Synthetic open action {a}", null, new DateOnly(2027, 3, a)), new($"Another open action {a}", null, null)]))],
            new BriefingActionCounts(20, 9, 2), new NationalSummary(1612, 60.1m, 30.2m, 20.3m, 45.4m), new ComparisonTable(rows, true), null);
        await user.Page.SetContentAsync(BriefingHtml.Write(report));

        using var document = PdfDocument.Open(await user.Page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true }));

        Assert.InRange(document.NumberOfPages, 1, 2);
        Assert.Contains("Victim age band: 65+", string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }

    [Fact]
    public async Task From_the_keyboard_a_coordinator_writes_the_briefing_for_all_time_and_downloads_it_as_Word()
    {
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/learning/briefing");
        var page = user.Page;

        // From the last date field (Tab first walks its day, month and year), the keyboard reaches every control in order.
        await page.GetByLabel("Notified to (optional)").FocusAsync();
        await TabToAsync(page, "write-briefing");
        await TabToAsync(page, "all-time");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("briefing")).ToContainTextAsync($"All reviews to {UkDates.Format(UkDates.TodayInUk(browser.App.Clock))}");
        await TabToAsync(page, "print-briefing");
        await TabToAsync(page, "download-docx");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));

        Assert.Equal($"briefing-{Iso(UkDates.TodayInUk(browser.App.Clock))}.docx", download.SuggestedFilename);
        Assert.Null(await download.FailureAsync());
        await user.AssertAccessibleAsync();
    }

    [Fact]
    public async Task An_end_before_the_start_is_refused_at_the_top_and_the_dates_stay_as_typed()
    {
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("manager@demo.invalid");
        await user.GotoAsync("/learning/briefing");
        var page = user.Page;

        await page.GetByLabel("Notified from (optional)").FillAsync("2026-04-01");
        await page.GetByLabel("Notified to (optional)").FillAsync("2026-03-01");
        await page.GetByTestId("write-briefing").ClickAsync();

        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("The end of the period must be on or after its start.");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Notified from (optional)")).ToHaveValueAsync("2026-04-01");
        await Assertions.Expect(page.GetByLabel("Notified to (optional)")).ToHaveValueAsync("2026-03-01");
        await Assertions.Expect(page.GetByTestId("briefing")).ToHaveCountAsync(0);
        await user.AssertAccessibleAsync();
    }

    /// <summary>The issue's rule, counted here on its own: the demo partnership's reviews decided to be held, notified in the period.</summary>
    private async Task<int> HeldReviewsNotifiedAsync(DateOnly from, DateOnly to)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var held = await db.Reviews.CountAsync(r => r.Partnership!.Name == DemoData.PartnershipName && r.Decision == ReviewDecision.Hold
            && r.DateNotified >= from && r.DateNotified <= to);
        Assert.True(held > 1, "The demo register should hold several held reviews.");
        return held;
    }

    /// <summary>The area the demo partnership's settings name (its name when none is set), as the briefing must say it.</summary>
    private async Task<string> DemoAreaAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Partnerships.Where(p => p.Name == DemoData.PartnershipName).Select(p => p.AreaName ?? p.Name).SingleAsync();
    }

    /// <summary>Every pseudonym and real name the demo register holds, read from it rather than copied here.</summary>
    private async Task<List<string>> DemoNamesAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var names = await db.Victims.Select(v => v.Pseudonym).ToListAsync();
        names.AddRange(await db.Victims.Where(v => v.RealName != null).Select(v => v.RealName!).ToListAsync());
        names.AddRange(await db.Perpetrators.Select(p => p.Pseudonym).ToListAsync());
        Assert.NotEmpty(names);

        // An imported review's perpetrator is called just "Perpetrator" (ADR 0308): a role word the briefing itself
        // uses ("names no victim or perpetrator"), not a name. Any other browser test may import one into this database.
        return names.Where(n => n.Length > 0 && !n.Equals("Perpetrator", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
    }

    /// <summary>Presses Tab until the control has focus: a few presses at most, or it is not reachable in order.</summary>
    private static async Task TabToAsync(IPage page, string testId)
    {
        for (var i = 0; i < 6; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('data-testid')") == testId)
            {
                return;
            }
        }

        Assert.Fail($"Six presses of Tab did not reach {testId}; focus is on {await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML ?? 'nothing'")}");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
