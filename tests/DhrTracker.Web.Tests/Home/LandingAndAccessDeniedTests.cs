using System.Net;
using DhrTracker.Core.Identity;

namespace DhrTracker.Web.Tests.Home;

/// <summary>
/// No dead ends (ADR 0381): signing in lands each role on its work, and "Access denied" keeps the menu and
/// sign-out, as the server renders them in Production.
/// </summary>
public sealed class LandingAndAccessDeniedTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Theory]
    [InlineData(Roles.AgencyLead, "/my-actions")]
    [InlineData(Roles.Administrator, "/admin")]
    [InlineData(Roles.PanelMember, "/reviews")]
    public async Task Home_sends_a_role_without_a_dashboard_to_its_work(string role, string work)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(role, role == Roles.AgencyLead ? "Police" : null));

        var home = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(work, home.Headers.Location?.AbsolutePath ?? home.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_manager_keeps_the_dashboard()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.Manager));

        var home = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("data-testid=\"count-overdue\"", await home.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Access_denied_keeps_the_menu_and_sign_out()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.AgencyLead, "Police"));

        var refused = await client.GetAsync("/reviews", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var denied = await client.GetStringAsync(refused.Headers.Location, TestContext.Current.CancellationToken);

        Assert.Contains("Access denied", denied, StringComparison.Ordinal);
        Assert.Contains("Sign out", denied, StringComparison.Ordinal);
        Assert.Contains("href=\"/my-actions\"", denied, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Main\"", denied, StringComparison.Ordinal);
    }
}
