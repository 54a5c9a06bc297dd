using System.Net;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Admin;

/// <summary>The users pages as the server first renders them: an Administrator's list and account page, and nothing for anyone else.</summary>
public sealed class UsersPagesTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private string adminEmail = "";
    private string coordinatorEmail = "";
    private string coordinatorId = "";
    private string otherPartnershipUserId = "";

    public async ValueTask InitializeAsync()
    {
        adminEmail = await factory.CreateUserAsync(Roles.Administrator);
        coordinatorEmail = await factory.CreateUserAsync(Roles.Coordinator);
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PartnershipAdmin>().CreateAsync(new() { Name = "Other Partnership", ReferencePrefix = "OP DHR" });
        var other = await scope.ServiceProvider.GetRequiredService<UserAdmin>()
            .CreateAsync("other.coordinator@example.org", Roles.Coordinator, "Other Partnership", AppFactory.Password);
        otherPartnershipUserId = other.Value!.UserId;
        coordinatorId = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(coordinatorEmail))!.Id;
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task An_administrator_sees_their_partnerships_users_with_status_in_words()
    {
        var client = await SignedInAsync(adminEmail);

        var html = await client.GetStringAsync("/admin/users", TestContext.Current.CancellationToken);

        Assert.Contains(coordinatorEmail, html, StringComparison.Ordinal);
        Assert.Contains("Active", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"invite-user\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("other.coordinator@example.org", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_page_offers_the_actions_and_another_partnerships_account_is_not_found()
    {
        var client = await SignedInAsync(adminEmail);

        var page = await client.GetStringAsync($"/admin/users/{coordinatorId}", TestContext.Current.CancellationToken);
        var other = await client.GetStringAsync($"/admin/users/{otherPartnershipUserId}", TestContext.Current.CancellationToken);

        Assert.Contains(coordinatorEmail, page, StringComparison.Ordinal);
        foreach (var button in new[] { "disable-account", "reset-two-factor", "end-sessions", "save-account" })
        {
            Assert.Contains($"data-testid=\"{button}\"", page, StringComparison.Ordinal);
        }

        Assert.Contains("Page not found", other, StringComparison.Ordinal);
        Assert.DoesNotContain("other.coordinator@example.org", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_cannot_open_the_users_pages()
    {
        var client = await SignedInAsync(coordinatorEmail);

        var list = await client.GetAsync("/admin/users", TestContext.Current.CancellationToken);
        var page = await client.GetAsync($"/admin/users/{coordinatorId}", TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.OK, list.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
    }

    private Task<HttpClient> SignedInAsync(string email) => factory.SignedInClientAsync(email);
}
