using System.Net;
using System.Text.RegularExpressions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Account;

/// <summary>R9 on the Production host with two-factor on and a movable clock.</summary>
public sealed partial class TwoFactorTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task R9_the_two_factor_mark_survives_every_revalidation_and_renewal()
    {
        var email = await factory.CreateUserAsync();
        var key = await factory.EnrolAuthenticatorAsync(email);
        var client = factory.NewClient();

        var signedIn = await TwoFactorSignIn.SignInAsync(factory, client, email, key);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // Past the one-minute security-stamp revalidation several times: each one rebuilds the principal.
        foreach (var path in new[] { "/", "/reviews", "/actions", "/" })
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(2));
            var page = await client.GetAsync(path);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{path} after revalidation: {(int)page.StatusCode} {page.Headers.Location}");
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var export = await client.GetAsync("/exports/actions.csv");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    [Fact]
    public async Task R9_an_authenticator_code_signs_in_once()
    {
        var email = await factory.CreateUserAsync();
        var key = await factory.EnrolAuthenticatorAsync(email);
        var first = factory.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await TwoFactorSignIn.SignInAsync(factory, first, email, key)).StatusCode);
        var usedCode = TwoFactorSignIn.Code(key, factory.Clock);
        var earlierCode = TwoFactorSignIn.CodeAt(key, factory.Clock.GetUtcNow().AddSeconds(-30));

        var second = factory.NewClient();
        await TwoFactorSignIn.PasswordAsync(second, email);
        var replayed = await TwoFactorSignIn.PostCodeAsync(second, usedCode);
        var earlier = await TwoFactorSignIn.PostCodeAsync(second, earlierCode);

        foreach (var refused in new[] { replayed, earlier })
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("has already been used", await refused.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task R9_a_recovery_code_signs_in_once_and_is_stored_only_as_a_hash()
    {
        var email = await factory.CreateUserAsync();
        await factory.EnrolAuthenticatorAsync(email);
        string[] codes;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByEmailAsync(email))!, 10))!.ToArray();
        }

        var first = await RecoveryCodeSignInAsync(email, codes[3]);
        var again = await RecoveryCodeSignInAsync(email, codes[3]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already been used", await again.Content.ReadAsStringAsync());
        var stored = await TokenAsync(email, "RecoveryCodes");
        Assert.Equal(9, stored.Split(';').Length);
        Assert.All(codes, c => Assert.DoesNotContain(c, stored));
        Assert.All(stored.Split(';'), h => Assert.StartsWith(ProtectedUserStore.CodePrefix, h));
        Assert.Equal(1, await factory.AuditCountAsync(email, AuditActions.RecoveryCodeUsed));
    }

    [Fact]
    public async Task R9_before_the_second_factor_a_session_reaches_only_enrolment_and_sign_out()
    {
        var email = await factory.CreateUserAsync();
        var client = factory.NewClient();
        await LoginForm.PostAsync(client, email, AppFactory.Password);

        foreach (var path in new[] { "/", "/reviews", "/actions", "/Account/Manage", "/Account/Manage/ChangePassword",
                     "/Account/Manage/TwoFactorAuthentication", "/Account/Manage/GenerateRecoveryCodes", "/Account/Manage/ResetAuthenticator" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path}: {(int)response.StatusCode}");
            Assert.Equal("/Account/Manage/EnableAuthenticator", LoginForm.PathOf(response.Headers.Location));
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Manage/EnableAuthenticator")).StatusCode);
        var signedOut = await LoginForm.SignOutAsync(client, "/Account/Manage/EnableAuthenticator");
        Assert.Equal("/Account/Login", LoginForm.PathOf(signedOut.Headers.Location));
        Assert.Equal("/Account/Login", LoginForm.PathOf((await client.GetAsync("/Account/Manage/EnableAuthenticator")).Headers.Location));
    }

    [Fact]
    public async Task R9_enrolling_through_the_page_seals_the_key_and_gives_a_session_that_holds()
    {
        var email = await factory.CreateUserAsync();
        var client = factory.NewClient();
        await LoginForm.PostAsync(client, email, AppFactory.Password);
        var page = await client.GetStringAsync("/Account/Manage/EnableAuthenticator");
        var key = SetupKey().Match(page).Groups[1].Value.Replace(" ", "").ToUpperInvariant();
        // Setting up the phone takes a while: past a security-stamp revalidation, which a new key renews.
        factory.Clock.Advance(TimeSpan.FromMinutes(2));

        var enrolled = await LoginForm.PostFormAsync(client, "/Account/Manage/EnableAuthenticator", "send-code",
            new() { ["Input.Code"] = TwoFactorSignIn.Code(key, factory.Clock) });

        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Contains("Save your recovery codes", await enrolled.Content.ReadAsStringAsync());
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/reviews")).StatusCode);
        var stored = await TokenAsync(email, "AuthenticatorKey");
        Assert.StartsWith(ProtectedUserStore.KeyPrefix, stored);
        Assert.DoesNotContain(key, stored, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await factory.AuditCountAsync(email, AuditActions.TwoFactorEnrolled));
        // An enrolled account is never shown its key again.
        var again = await client.GetAsync("/Account/Manage/EnableAuthenticator");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task R9_a_full_sign_in_is_audited_after_the_second_factor_and_a_wrong_code_as_a_failure()
    {
        var email = await factory.CreateUserAsync();
        var key = await factory.EnrolAuthenticatorAsync(email);
        var client = factory.NewClient();
        await TwoFactorSignIn.PasswordAsync(client, email);
        await TwoFactorSignIn.PostCodeAsync(client, "000000");
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await TwoFactorSignIn.PostCodeAsync(client, TwoFactorSignIn.Code(key, factory.Clock));

        Assert.Equal(1, await factory.AuditCountAsync(email, AuditActions.SignIn));
        Assert.Equal(1, await factory.AuditCountAsync(email, AuditActions.SignInFailed));
    }

    private async Task<HttpResponseMessage> RecoveryCodeSignInAsync(string email, string code)
    {
        var client = factory.NewClient();
        await TwoFactorSignIn.PasswordAsync(client, email);
        return await LoginForm.PostFormAsync(client, "/Account/LoginWithRecoveryCode", "login-with-recovery-code", new() { ["Input.RecoveryCode"] = code });
    }

    private async Task<string> TokenAsync(string email, string name)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.UserTokens.Where(t => t.UserId == userId && t.Name == name).Select(t => t.Value!).SingleAsync();
    }

    [GeneratedRegex("data-testid=\"authenticator-key\">([a-z2-7 ]+)<")]
    private static partial Regex SetupKey();
}
