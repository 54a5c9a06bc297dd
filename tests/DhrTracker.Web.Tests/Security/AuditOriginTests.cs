using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Security;

/// <summary>R15: an audit row written during a web request says where the request came from.</summary>
public sealed class AuditOriginTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_sign_in_row_carries_the_browser_and_address_it_came_from()
    {
        var email = await factory.CreateUserAsync();
        // TestServer has no socket; give the request the address a real connection would have.
        var handler = new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler
        {
            InnerHandler = factory.Server.CreateHandler(c => c.Connection.RemoteIpAddress = System.Net.IPAddress.Parse("203.0.113.7")),
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri("https://dhrtracker.test") };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("AuditOriginTest/1.0");

        await LoginForm.PostAsync(client, email, "not the password at all");

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var row = await db.AuditEntries.SingleAsync(a => a.UserId == userId && a.Action == AuditActions.SignInFailed);
        Assert.Equal("AuditOriginTest/1.0", row.UserAgent);
        Assert.Equal("203.0.113.7", row.IpAddress);
        Assert.Null(row.CircuitId);
    }
}
