using System.Net;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Account;

/// <summary>R7, R12, R14: lockout, generic errors, cookie attributes and antiforgery on the real sign-in form.</summary>
public sealed class SignInTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await factory.CreateUserAsync();
        var client = factory.NewClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await LoginForm.PostAsync(client, email, "not the password at all");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await LoginForm.PostAsync(client, email, AppFactory.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("or the account is locked", await right.Content.ReadAsStringAsync());
        Assert.False(right.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-DhrTracker=")));
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        Assert.Equal(6, await db.AuditEntries.CountAsync(a => a.UserId == userId && a.Action == AuditActions.SignInFailed));
    }

    [Fact]
    public async Task Unknown_account_and_wrong_password_get_the_same_answer()
    {
        var email = await factory.CreateUserAsync();

        var wrongPassword = await LoginForm.PostAsync(factory.NewClient(), email, "not the password at all");
        var unknownUser = await LoginForm.PostAsync(factory.NewClient(), "nobody@example.org", "not the password at all");

        Assert.Equal(wrongPassword.StatusCode, unknownUser.StatusCode);
        var body = await LoginForm.StableBodyAsync(wrongPassword);
        Assert.Equal(body.Replace(email, "EMAIL"), (await LoginForm.StableBodyAsync(unknownUser)).Replace("nobody@example.org", "EMAIL"));
    }

    [Fact]
    public async Task The_session_cookie_is_host_only_secure_http_only_and_strict()
    {
        var email = await factory.CreateUserAsync();

        var response = await LoginForm.PostAsync(factory.NewClient(), email, AppFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-DhrTracker="));
        var attributes = cookie.ToLowerInvariant();
        Assert.Contains("; secure", attributes);
        Assert.Contains("; httponly", attributes);
        Assert.Contains("; samesite=strict", attributes);
        Assert.Contains("; path=/", attributes);
        Assert.DoesNotContain("domain=", attributes);
    }

    [Fact]
    public async Task A_sign_in_post_without_its_antiforgery_token_is_rejected()
    {
        var email = await factory.CreateUserAsync();

        var response = await LoginForm.PostAsync(factory.NewClient(), email, AppFactory.Password, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Without_MFA_a_signed_in_user_can_only_go_to_authenticator_set_up()
    {
        var email = await factory.CreateUserAsync();
        var client = factory.NewClient();
        await LoginForm.PostAsync(client, email, AppFactory.Password);

        var home = await client.GetAsync("/reviews");
        var setup = await client.GetAsync("/Account/Manage/EnableAuthenticator");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Account/Manage/EnableAuthenticator", home.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
    }

    [Fact]
    public async Task Logout_with_a_made_up_antiforgery_token_is_refused_and_the_session_continues()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync());

        var forged = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = "CfDJ8-made-up",
        }));
        var stillSignedIn = await client.GetAsync("/Account/Manage");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
    }

    [Fact]
    public async Task Logout_is_post_only_so_a_link_cannot_sign_someone_out()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync());

        var get = await client.GetAsync("/Account/Logout");
        var stillSignedIn = await client.GetAsync("/Account/Manage");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
    }
}
