using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.E2ETests.Findings;

/// <summary>R15 in the browser: the themes-across-reviews page loaded by its address counts, and audits, once per visit.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ThemeCountsAuditFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Loading_theme_counts_by_address_writes_one_list_row()
    {
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("manager@demo.invalid");
        long before;
        await using (var db = await NewContextAsync())
        {
            before = await db.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;
        }

        await user.GotoAsync("/learning/themes");
        await Assertions.Expect(user.Page.Locator("[data-testid='theme-row']").First).ToBeVisibleAsync();
        await user.WaitForInteractiveAsync();
        await user.Page.WaitForTimeoutAsync(1500);

        await using var check = await NewContextAsync();
        Assert.Single(await check.AuditEntries.AsNoTracking()
            .Where(e => e.Id > before && e.Action == AuditActions.List && e.EntityType == "ThemeCounts").ToListAsync());
    }

    private async Task<AppDbContext> NewContextAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
    }
}
