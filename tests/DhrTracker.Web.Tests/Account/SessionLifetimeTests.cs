using System.Net;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Account;

/// <summary>R7, R10, R11: what ends a session and what does not, on the Production host with a movable clock.</summary>
public sealed class SessionLifetimeTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task R10_an_idle_session_ends_after_30_minutes_but_activity_keeps_it()
    {
        var (client, _, _) = await SignedInAsync();

        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(31));

        var idle = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.Equal("/Account/Login", LoginForm.PathOf(idle.Headers.Location));
        // Ended for good: coming back does not revive it.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task R10_the_absolute_limit_counts_from_the_real_sign_in_however_busy_the_user()
    {
        var (client, _, _) = await SignedInAsync();

        // Busy all day: a request every 25 minutes renews the cookie again and again.
        for (var elapsed = TimeSpan.FromMinutes(25); elapsed < TimeSpan.FromHours(12) - TimeSpan.FromMinutes(5); elapsed += TimeSpan.FromMinutes(25))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(25));
            var page = await client.GetAsync("/");
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"after {elapsed}: {(int)page.StatusCode}");
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(25));
        var expired = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.Equal("/Account/Login", LoginForm.PathOf(expired.Headers.Location));
    }

    [Fact]
    public async Task R11_signing_out_ends_every_other_session_of_the_user_at_once()
    {
        var (laptop, email, key) = await SignedInAsync();
        var desktop = factory.NewClient();
        await TwoFactorSignIn.SignInAsync(factory, desktop, email, key);
        Assert.Equal(HttpStatusCode.OK, (await desktop.GetAsync("/")).StatusCode);

        await LoginForm.SignOutAsync(laptop, "/reviews");

        Assert.Equal("/Account/Login", LoginForm.PathOf((await desktop.GetAsync("/")).Headers.Location));
        Assert.Equal(1, await factory.AuditCountAsync(email, AuditActions.SignOut));
    }

    [Fact]
    public async Task R11_changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        var (laptop, email, key) = await SignedInAsync();
        var desktop = factory.NewClient();
        await TwoFactorSignIn.SignInAsync(factory, desktop, email, key);

        var changed = await LoginForm.PostFormAsync(laptop, "/Account/Manage/ChangePassword", "change-password", new()
        {
            ["Input.OldPassword"] = AppFactory.Password,
            ["Input.NewPassword"] = "another long passphrase 2",
            ["Input.ConfirmPassword"] = "another long passphrase 2",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/")).StatusCode);
        Assert.Equal("/Account/Login", LoginForm.PathOf((await desktop.GetAsync("/")).Headers.Location));
        Assert.Equal(1, await factory.AuditCountAsync(email, AuditActions.PasswordChanged));
    }

    [Fact]
    public async Task R9_R11_resetting_your_own_authenticator_ends_other_sessions_and_leaves_only_enrolment()
    {
        var (laptop, email, key) = await SignedInAsync();
        var desktop = factory.NewClient();
        await TwoFactorSignIn.SignInAsync(factory, desktop, email, key);

        var reset = await LoginForm.PostFormAsync(laptop, "/Account/Manage/ResetAuthenticator", "reset-authenticator", []);

        Assert.Equal("/Account/Manage/EnableAuthenticator", LoginForm.PathOf(reset.Headers.Location));
        Assert.Equal("/Account/Manage/EnableAuthenticator", LoginForm.PathOf((await laptop.GetAsync("/reviews")).Headers.Location));
        Assert.Equal("/Account/Login", LoginForm.PathOf((await desktop.GetAsync("/")).Headers.Location));
        Assert.Equal(1, await factory.AuditCountAsync(email, AuditActions.TwoFactorResetBySelf));
    }

    [Fact]
    public async Task R7_a_locked_out_account_keeps_its_live_session()
    {
        var (client, email, _) = await SignedInAsync();
        var attacker = factory.NewClient();
        for (var i = 0; i < 5; i++)
        {
            await LoginForm.PostAsync(attacker, email, "not the password at all");
        }

        var page = await client.GetAsync("/reviews");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Reviews", await page.Content.ReadAsStringAsync());
        Assert.Equal(1, await factory.AuditCountAsync(email, AuditActions.LockedOut));
    }

    [Fact]
    public async Task R6_a_disabled_account_loses_its_live_session_and_cannot_sign_in()
    {
        var (client, email, _) = await SignedInAsync();
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            await db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisabledUtc, DateTime.UtcNow));
        }

        var page = await client.GetAsync("/");
        var again = await LoginForm.PostAsync(factory.NewClient(), email, AppFactory.Password);

        Assert.Equal("/Account/Login", LoginForm.PathOf(page.Headers.Location));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("or the account is locked", await again.Content.ReadAsStringAsync());
    }

    private async Task<(HttpClient Client, string Email, string Key)> SignedInAsync()
    {
        var email = await factory.CreateUserAsync();
        var key = await factory.EnrolAuthenticatorAsync(email);
        var client = factory.NewClient();
        var response = await TwoFactorSignIn.SignInAsync(factory, client, email, key);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        return (client, email, key);
    }
}
