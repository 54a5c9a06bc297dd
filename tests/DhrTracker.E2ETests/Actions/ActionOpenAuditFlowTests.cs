using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.E2ETests.Actions;

/// <summary>
/// R15 in the browser: an agency lead loading My actions or an action by its address (prerender, then
/// the live circuit) is one audit row per visit, not one per render.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ActionOpenAuditFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Loading_my_actions_and_an_action_by_address_writes_one_row_each()
    {
        await using var lead = await browser.NewSessionAsync();
        await lead.SignInAsync("agencylead@demo.invalid");

        var before = await LastAuditIdAsync();
        await lead.GotoAsync("/my-actions");
        var link = lead.Page.GetByRole(AriaRole.Link, new() { Name = "Refresh coercive control training" });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await lead.WaitForInteractiveAsync();
        await lead.Page.WaitForTimeoutAsync(1500);
        Assert.Single(await RowsSinceAsync(before, AuditActions.List));

        var actionPath = await link.GetAttributeAsync("href");
        before = await LastAuditIdAsync();
        await lead.GotoAsync("/" + actionPath!.TrimStart('/'));
        // The page's own heading, whatever state the action is in: the sign-off flow may have finished it first.
        await Assertions.Expect(lead.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Action 1.1");
        await lead.WaitForInteractiveAsync();
        await lead.Page.WaitForTimeoutAsync(1500);
        var view = Assert.Single(await RowsSinceAsync(before, AuditActions.View));
        Assert.False(string.IsNullOrEmpty(view.IpAddress), "The view row names no IP address.");
        Assert.NotNull(view.ReviewId);
    }

    private async Task<List<AuditEntry>> RowsSinceAsync(long after, string action)
    {
        await using var db = await NewContextAsync();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.Id > after && e.Action == action && e.EntityType == "ActionItem").ToListAsync();
    }

    private async Task<long> LastAuditIdAsync()
    {
        await using var db = await NewContextAsync();
        return await db.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;
    }

    private async Task<AppDbContext> NewContextAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
    }
}
