using System.Net;
using DhrTracker.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Account;

/// <summary>R24 and issue 9's "a copy of the database alone lets nobody in".</summary>
public sealed class KeyRingTests
{
    [Fact]
    public async Task R24_a_session_holds_across_a_restart_and_a_second_instance()
    {
        await using var first = new AppFactory();
        var email = await first.CreateUserAsync();
        var key = await first.EnrolAuthenticatorAsync(email);
        var client = first.NewClient();
        await TwoFactorSignIn.SignInAsync(first, client, email, key);
        var cookie = await SessionCookieAsync(client);

        await using var second = new SecondInstance(first);
        var other = second.NewClient();
        other.DefaultRequestHeaders.Add("Cookie", cookie);

        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/reviews")).StatusCode);
    }

    [Fact]
    public async Task R24_the_key_ring_is_encrypted_and_a_database_copy_without_the_certificate_lets_nobody_in()
    {
        await using var real = new AppFactory();
        var email = await real.CreateUserAsync();
        var key = await real.EnrolAuthenticatorAsync(email);
        var client = real.NewClient();
        await TwoFactorSignIn.SignInAsync(real, client, email, key);
        var cookie = await SessionCookieAsync(client);
        await using (var db = await real.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var keys = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, xml => Assert.Contains("EncryptedData", xml));
            Assert.All(keys, xml => Assert.DoesNotContain("<masterKey", xml.Replace("<masterKey p4:requiresEncryption", "")));
        }

        // Someone holding a copy of the database (a backup), but not the deployment's certificate.
        var stolen = Directory.CreateTempSubdirectory("dhr-stolen-").FullName;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Copy(Path.Combine(real.DataDir, "dhr.db"), Path.Combine(stolen, "dhr.db"));
        await using var thief = new ThiefInstance(stolen);
        var attempt = thief.NewClient();
        attempt.DefaultRequestHeaders.Add("Cookie", cookie);

        var page = await attempt.GetAsync("/reviews");

        Assert.Equal("/Account/Login", LoginForm.PathOf(page.Headers.Location));
        await using var scope = thief.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Core.Identity.AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await Assert.ThrowsAnyAsync<System.Security.Cryptography.CryptographicException>(() => users.GetAuthenticatorKeyAsync(user));
    }

    [Fact]
    public async Task A_new_key_certificate_reads_the_ring_only_with_the_previous_one_configured()
    {
        // Key rotation (deploy/RUNBOOK.md): the ring's keys were encrypted with the first certificate.
        await using var first = new AppFactory();
        var email = await first.CreateUserAsync();
        var key = await first.EnrolAuthenticatorAsync(email);
        var client = first.NewClient();
        await TwoFactorSignIn.SignInAsync(first, client, email, key);
        var cookie = await SessionCookieAsync(client);
        var newCertificate = TestCertificates.WritePfx(first.DataDir, "new-keys.pfx");

        await using var rotated = new SecondInstance(first)
        {
            Settings = new()
            {
                ["DataProtection:CertificatePath"] = newCertificate,
                ["DataProtection:PreviousCertificatePath"] = Path.Combine(first.DataDir, "keys.pfx"),
                ["DataProtection:PreviousCertificatePassword"] = TestCertificates.Password,
            },
        };
        var onRotated = rotated.NewClient();
        onRotated.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await onRotated.GetAsync("/reviews")).StatusCode);
        Assert.Equal(key, await AuthenticatorKeyAsync(rotated, email));

        await using var withoutPrevious = new SecondInstance(first) { Settings = new() { ["DataProtection:CertificatePath"] = newCertificate } };
        var onWithout = withoutPrevious.NewClient();
        onWithout.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal("/Account/Login", LoginForm.PathOf((await onWithout.GetAsync("/reviews")).Headers.Location));
    }

    private static async Task<string?> AuthenticatorKeyAsync(AppFactory host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Core.Identity.AppUser>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!);
    }

    /// <summary>The cookies the signed-in browser sends, as its handler added them to a request.</summary>
    private static async Task<string> SessionCookieAsync(HttpClient client)
    {
        var response = await client.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("; ", response.RequestMessage!.Headers.GetValues("Cookie"));
    }

    /// <summary>A host over a copied database with a certificate of its own: not the deployment's.</summary>
    private sealed class ThiefInstance(string dataDir) : AppFactory(dataDir);
}
