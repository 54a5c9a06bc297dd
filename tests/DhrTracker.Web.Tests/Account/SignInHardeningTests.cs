using System.Net;
using DhrTracker.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Account;

/// <summary>R7 and issue 9 item 4: no account discovery, no open redirect; item 1 and R24: what the host refuses to start with.</summary>
public sealed class SignInHardeningTests(SignInHardeningTests.CountingHost factory) : IClassFixture<SignInHardeningTests.CountingHost>
{
    [Fact]
    public async Task R7_an_unknown_email_costs_the_same_password_hashing_as_a_known_one()
    {
        var email = await factory.CreateUserAsync();

        var before = factory.Hasher.Verifications;
        await LoginForm.PostAsync(factory.NewClient(), email, "not the password at all");
        var known = factory.Hasher.Verifications - before;
        before = factory.Hasher.Verifications;
        await LoginForm.PostAsync(factory.NewClient(), $"nobody-{Guid.NewGuid():N}@example.org", "not the password at all");
        var unknown = factory.Hasher.Verifications - before;

        Assert.Equal(1, known);
        Assert.Equal(known, unknown);
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example/steal")]
    [InlineData("javascript:alert(1)")]
    public async Task An_off_site_return_address_is_ignored_and_the_user_lands_on_the_dashboard(string returnUrl)
    {
        var email = await factory.CreateUserAsync();
        var key = await factory.EnrolAuthenticatorAsync(email);

        var signedIn = await TwoFactorSignIn.SignInAsync(factory, factory.NewClient(), email, key, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", LoginForm.PathOf(signedIn.Headers.Location));
        Assert.DoesNotContain("evil", signedIn.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_return_address_on_the_site_is_kept()
    {
        var email = await factory.CreateUserAsync();
        var key = await factory.EnrolAuthenticatorAsync(email);

        var signedIn = await TwoFactorSignIn.SignInAsync(factory, factory.NewClient(), email, key, "/reviews?stage=Drafting");

        Assert.Equal("/reviews", LoginForm.PathOf(signedIn.Headers.Location));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task R9_two_factor_cannot_be_switched_off_outside_Development(string environment)
    {
        await using var host = new AppFactory { Environment = environment, Settings = { ["Security:RequireMfa"] = "false" } };

        var refused = Assert.ThrowsAny<Exception>(() => host.Services);

        Assert.Contains("Security:RequireMfa cannot be switched off", refused.ToString());
    }

    [Fact]
    public async Task R24_Production_refuses_to_start_without_a_key_certificate()
    {
        await using var host = new AppFactory { Settings = { ["DataProtection:CertificatePath"] = "" } };

        var refused = Assert.ThrowsAny<Exception>(() => host.Services);

        Assert.Contains("DataProtection:CertificatePath is not set", refused.ToString());
    }

    /// <summary>The Production host, counting every password-hash verification.</summary>
    public sealed class CountingHost : AppFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<IPasswordHasher<AppUser>>(Hasher);
    }

    public sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> inner = new();
        private int verifications;

        public int Verifications => verifications;

        public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
