using System.Net;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.National;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Admin;

/// <summary>
/// The national data page as the server first renders it (Production, 2FA): an Administrator sees what is
/// loaded, by whom and when (UK date), the licence notice and the ways to load; nobody else gets the page.
/// </summary>
public sealed class NationalDataPageTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private string adminEmail = "";
    private string adminId = "";
    private string coordinatorEmail = "";

    public async ValueTask InitializeAsync()
    {
        adminEmail = await factory.CreateUserAsync(Roles.Administrator);
        coordinatorEmail = await factory.CreateUserAsync(Roles.Coordinator);
        await using var scope = factory.Services.CreateAsyncScope();
        adminId = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(adminEmail))!.Id;
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task With_nothing_loaded_an_administrator_sees_so_with_the_licence_and_both_ways_to_load()
    {
        var client = await factory.SignedInClientAsync(adminEmail);

        var html = await client.GetStringAsync("/admin/national-data", TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"national-none\"", html, StringComparison.Ordinal);
        Assert.Contains("MIT License", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"load-shipped\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"national-files\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loaded_set_shows_when_in_UK_time_by_whom_and_its_counts()
    {
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            db.NationalDataSets.Add(new NationalDataSet
            {
                LoadedUtc = new DateTime(2026, 7, 1, 9, 30, 0, DateTimeKind.Utc),
                LoadedByUserId = adminId,
                Source = "DHRD test source",
                Incidents = 1234,
                Victims = 5,
                Perpetrators = 6,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var client = await factory.SignedInClientAsync(adminEmail);

        var html = await client.GetStringAsync("/admin/national-data", TestContext.Current.CancellationToken);

        // 09:30 UTC is 10:30 in London in July (British Summer Time).
        Assert.Contains($"1 Jul 2026 10:30 by {adminEmail}", html, StringComparison.Ordinal);
        Assert.Contains("1,234", html, StringComparison.Ordinal);
        Assert.Contains("DHRD test source", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"national-none\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_cannot_open_the_page()
    {
        var client = await factory.SignedInClientAsync(coordinatorEmail);

        var response = await client.GetAsync("/admin/national-data", TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
