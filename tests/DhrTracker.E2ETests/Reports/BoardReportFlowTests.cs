using DhrTracker.Core.Data;
using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace DhrTracker.E2ETests.Reports;

/// <summary>
/// Issue 12 in the browser: a Manager opens the board report from the navigation, sees every open review of
/// the demo register, downloads the workbook, and prints the page without the app's navigation or buttons.
/// Read-only, so the shared demo data is left as the other browser tests expect it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BoardReportFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_manager_reads_the_board_report_downloads_it_and_prints_it_without_the_navigation()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("manager@demo.invalid");
        await user.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Board report", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Board report", Level = 1 })).ToBeVisibleAsync();

        // Every open review of the demo partnership, counted straight from the database.
        var open = await OpenReviewReferencesAsync();
        Assert.NotEmpty(open);
        var rows = page.GetByTestId("board-review-row");
        await Assertions.Expect(rows).ToHaveCountAsync(open.Count);
        foreach (var reference in open)
        {
            await Assertions.Expect(page.GetByTestId("board-reviews").GetByRole(AriaRole.Rowheader, new() { Name = reference, Exact = true })).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.GetByTestId("agency-summary")).ToBeVisibleAsync();
        await user.AssertAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("board-xlsx").ClickAsync());
        Assert.StartsWith("board-report-", download.SuggestedFilename);
        await using (var workbook = File.OpenRead(await download.PathAsync()))
        {
            var sheet = workbook.Query(useHeaderRow: true, sheetName: "Open reviews").Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(open.Order(StringComparer.Ordinal), sheet.Select(r => r["Review"]?.ToString()!).Order(StringComparer.Ordinal));
        }

        // On paper: the report, without the app bar, the navigation or the buttons.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByTestId("board-reviews")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("board-print")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Board report", Exact = true })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeHiddenAsync();
    }

    private async Task<List<string>> OpenReviewReferencesAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var manager = await db.Users.Where(u => u.Email == "manager@demo.invalid").Select(u => u.PartnershipId).SingleAsync();
        return await db.Reviews.Where(r => r.PartnershipId == manager && r.Stage != ReviewStage.Closed && r.Stage != ReviewStage.NotProceeding)
            .Select(r => r.Reference).ToListAsync();
    }
}
