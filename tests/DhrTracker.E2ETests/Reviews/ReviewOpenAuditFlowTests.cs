using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.E2ETests.Reviews;

/// <summary>
/// R15 in the browser (Production settings): opening a review is one View row per visit, whether the
/// page is loaded by its address (prerender, then the live circuit) or reached by a link inside the
/// app; each row names the circuit and the IP address it came from. A search of the list is one row too.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewOpenAuditFlowTests(BrowserFixture browser)
{
    private const string Reference = "Northbridge DHR2";

    [Fact]
    public async Task Opening_a_review_writes_exactly_one_view_row_with_its_circuit_and_ip_address()
    {
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("coordinator@demo.invalid");
        var reviewId = await ReviewIdAsync();

        var before = await LastAuditIdAsync();
        await user.GotoAsync($"/reviews/{reviewId}");
        await AssertOpenedAsync(user.Page);
        var byAddress = Assert.Single(await ViewsSinceAsync(reviewId, before));
        AssertFromTheCircuit(byAddress);

        before = await LastAuditIdAsync();
        await user.GotoAsync($"/reviews?q={Uri.EscapeDataString(Reference)}");
        await user.Page.GetByRole(AriaRole.Link, new() { Name = Reference, Exact = true }).ClickAsync();
        await AssertOpenedAsync(user.Page);
        var byLink = Assert.Single(await ViewsSinceAsync(reviewId, before));
        AssertFromTheCircuit(byLink);
    }

    [Fact]
    public async Task Searching_the_reviews_list_writes_one_list_row_with_its_filters()
    {
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("coordinator@demo.invalid");

        var before = await LastAuditIdAsync();
        await user.GotoAsync($"/reviews?q={Uri.EscapeDataString(Reference)}");
        await Assertions.Expect(user.Page.GetByRole(AriaRole.Link, new() { Name = Reference, Exact = true })).ToBeVisibleAsync();
        await user.Page.WaitForTimeoutAsync(1500);

        await using var db = await NewContextAsync();
        var list = Assert.Single(await db.AuditEntries.AsNoTracking()
            .Where(e => e.Id > before && e.Action == AuditActions.List && e.EntityType == AuditTrail.ReviewEntity).ToListAsync());
        Assert.Contains($"search={Reference}", list.Detail);
        Assert.False(string.IsNullOrEmpty(list.CircuitId), "The list row names no circuit.");
    }

    private static async Task AssertOpenedAsync(IPage page)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Reference, Level = 1 })).ToBeVisibleAsync();
        // A second, late load would land within a moment of the first: give it the chance to show.
        await page.WaitForTimeoutAsync(1500);
    }

    private static void AssertFromTheCircuit(AuditEntry view)
    {
        Assert.Equal(AuditOutcome.Succeeded, view.Outcome);
        Assert.False(string.IsNullOrEmpty(view.CircuitId), "The view row names no circuit.");
        Assert.False(string.IsNullOrEmpty(view.IpAddress), "The view row names no IP address.");
        Assert.Equal(view.EntityId, view.ReviewId?.ToString());
    }

    private async Task<List<AuditEntry>> ViewsSinceAsync(Guid reviewId, long after)
    {
        await using var db = await NewContextAsync();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.Id > after && e.Action == AuditActions.View && e.EntityType == AuditTrail.ReviewEntity && e.EntityId == reviewId.ToString())
            .ToListAsync();
    }

    private async Task<long> LastAuditIdAsync()
    {
        await using var db = await NewContextAsync();
        return await db.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;
    }

    private async Task<Guid> ReviewIdAsync()
    {
        await using var db = await NewContextAsync();
        return await db.Reviews.Where(r => r.Reference == Reference).Select(r => r.Id).SingleAsync();
    }

    private async Task<AppDbContext> NewContextAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
    }
}
