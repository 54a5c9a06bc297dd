using System.Reflection;
using DhrTracker.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace DhrTracker.Web.Tests.Security;

/// <summary>R1: deny by default. Every page says who may see it; only the sign-in pages are open.</summary>
public sealed class RouteAuthorizationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly string[] AnonymousAllowlist =
    [
        "/Account/Login", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", "/Account/Lockout",
        "/access-denied", "/Account/AcceptInvitation", "/Error", "/not-found",
    ];

    private static IEnumerable<(Type Page, string Route)> Pages() =>
        typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (t, r.Template)));

    public static TheoryData<string> ProtectedRoutes => new(ProtectedAddresses());

    private static IEnumerable<string> ProtectedAddresses() => Pages()
        .Where(p => !AnonymousAllowlist.Contains(p.Route))
        .Select(p => RouteParameter.Replace(p.Route, _ => Guid.NewGuid().ToString()));

    // Every route parameter is a guid today; a literal "{...}" left in a path would only test an unknown address.
    private static readonly System.Text.RegularExpressions.Regex RouteParameter = new("\\{[A-Za-z]+:guid\\}");

    [Fact]
    public void Every_protected_route_is_requested_as_a_real_address() =>
        Assert.DoesNotContain(ProtectedAddresses(), r => r.Contains('{'));

    [Fact]
    public void Every_page_declares_its_authorization_and_only_the_allowlist_is_anonymous()
    {
        var pages = Pages().ToList();
        Assert.NotEmpty(pages);
        foreach (var (page, route) in pages)
        {
            var anonymous = page.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            var authorize = page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Any();
            Assert.True(anonymous || authorize, $"{route} ({page.Name}) has neither [Authorize] nor [AllowAnonymous].");
            Assert.True(!anonymous || AnonymousAllowlist.Contains(route), $"{route} allows anonymous access but is not on the allowlist.");
        }
    }

    [Theory, MemberData(nameof(ProtectedRoutes))]
    public async Task Anonymous_request_to_a_page_redirects_to_sign_in(string route)
    {
        var response = await factory.NewClient().GetAsync(route);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://dhrtracker.test/Account/Login", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Self_registration_does_not_exist(string method)
    {
        var response = await factory.NewClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), "/Account/Register"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Health_reports_the_database_to_load_balancers_without_sign_in()
    {
        var response = await factory.NewClient().GetAsync("/health");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void No_component_injects_a_DbContext_it_would_share_across_a_circuit()
    {
        var offenders = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(p => p.GetCustomAttribute<InjectAttribute>() is not null && typeof(Microsoft.EntityFrameworkCore.DbContext).IsAssignableFrom(p.PropertyType))
                .Select(p => $"{t.Name}.{p.Name}"));

        Assert.Empty(offenders);
        Assert.True(typeof(AppDbContext).IsSealed);
    }
}
