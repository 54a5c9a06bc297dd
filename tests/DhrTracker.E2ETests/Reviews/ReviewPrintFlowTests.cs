using DhrTracker.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace DhrTracker.E2ETests.Reviews;

/// <summary>
/// Issue 16 item 12 in the browser (Production, two-factor): a coordinator opens a demo review's print view from the
/// review page, prints it to PDF with no menu or controls on the paper and no real name, and downloads it as Word.
/// The demo review is only read.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewPrintFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_coordinator_prints_a_review_to_pdf_without_the_apps_menu_and_downloads_it_as_word()
    {
        var (reviewId, reference, realNames) = await DemoReviewWithAPlanAsync();
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync($"/reviews/{reviewId}");
        var page = user.Page;

        await page.GetByTestId("print-view-link").ClickAsync();

        var print = page.GetByTestId("review-print");
        await Assertions.Expect(print.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(reference);
        await Assertions.Expect(print.GetByRole(AriaRole.Heading, new() { Level = 2 }))
            .ToHaveTextAsync(["Summary", "People", "Agencies", "Panel", "Findings", "Recommendations and actions", "Timeline"]);
        await user.AssertAccessibleAsync();

        using var pdf = PdfDocument.Open(await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true }));
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Recommendations and actions", text);
        Assert.Contains("OFFICIAL-SENSITIVE", text);
        foreach (var chrome in new[] { "Dashboard", "Sign out", "Back to the review", "Download Word" })
        {
            Assert.DoesNotContain(chrome, text);
        }

        var squeezed = text.Replace(" ", "", StringComparison.Ordinal);
        Assert.All(realNames, name => Assert.DoesNotContain(name.Replace(" ", "", StringComparison.Ordinal), squeezed, StringComparison.OrdinalIgnoreCase));

        await page.GetByTestId("download-review-docx").FocusAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.EndsWith(".docx", download.SuggestedFilename);
        Assert.Contains("-review-", download.SuggestedFilename);
        Assert.Null(await download.FailureAsync());
    }

    /// <summary>The first demo review of the coordinator's partnership with recommendations, and the victims' real names held for it.</summary>
    private async Task<(Guid Id, string Reference, List<string> RealNames)> DemoReviewWithAPlanAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var partnership = await db.Users.Where(u => u.Email == "coordinator@demo.invalid").Select(u => u.PartnershipId).SingleAsync();
        var review = await db.Reviews.Where(r => r.PartnershipId == partnership && db.Recommendations.Any(x => x.ReviewId == r.Id))
            .OrderBy(r => r.Reference).Select(r => new { r.Id, r.Reference }).FirstAsync();
        var names = await db.Victims.Where(v => v.ReviewId == review.Id && v.RealName != null).Select(v => v.RealName!).ToListAsync();
        return (review.Id, review.Reference, names);
    }
}
