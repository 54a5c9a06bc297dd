using System.Net;
using System.Security.Cryptography.X509Certificates;
using DhrTracker.Core.Demo;
using DhrTracker.Core.Identity;
using DhrTracker.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DhrTracker.E2ETests.Infrastructure;

/// <summary>
/// The real app on real Kestrel (loopback, free port), embedded SQLite in its own folder. By default
/// as Production runs it: HTTPS, two-factor required, secure cookies, a data-protection certificate,
/// no demo data at start-up, and a 5-second revalidation so every test also proves a session
/// survives it. The fixture then seeds the demo data itself and gives every demo account an
/// authenticator. <see cref="Development"/> is the README's <c>dotnet run</c> instead.
/// </summary>
public sealed class E2EApp : WebApplicationFactory<Program>
{
    private const string DataProtectionPassword = "synthetic-e2e-data-protection";

    private readonly string dataDir = Directory.CreateTempSubdirectory("dhr-e2e-").FullName;
    private readonly Dictionary<string, string> authenticatorKeys = new(StringComparer.OrdinalIgnoreCase);
    private X509Certificate2? serverCertificate;

    /// <summary>Plain http://, Development settings and the app's own demo seeding, as `dotnet run` starts it.</summary>
    public static E2EApp Development() => new() { EnvironmentName = Environments.Development };

    public string EnvironmentName { get; private init; } = Environments.Production;
    public bool IsProduction => EnvironmentName == Environments.Production;
    public string BaseUrl { get; private set; } = "";

    /// <summary>The host's <see cref="TimeProvider"/>: move it to pass a time step, a revalidation or an idle limit.</summary>
    public MovableClock Clock { get; } = new();

    /// <summary>
    /// Today in the UK as the app sees it. Sign-ins move the app's clock on (a new code needs a new time
    /// step), so near midnight the app's day is already tomorrow: a test dates its input by this, never by the wall clock.
    /// </summary>
    public DateOnly Today => DhrTracker.Core.Common.UkDates.TodayInUk(Clock);

    /// <summary>Where the app writes every mail it sends (.eml files), in place of SMTP (Production settings only).</summary>
    public string MailFolder => Path.Combine(dataDir, "mail");

    /// <summary>
    /// Every line the app logs, at Information and above for every category (the app's and the framework's, EF Core's
    /// SQL included), whatever the configured levels: what an operator who turned logging up would hold.
    /// </summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Each demo account's authenticator key (base32), by email.</summary>
    public IReadOnlyDictionary<string, string> AuthenticatorKeys => authenticatorKeys;

    private string DataProtectionCertificatePath => Path.Combine(dataDir, "data-protection.pfx");

    public async Task StartAsync()
    {
        if (IsProduction)
        {
            Directory.CreateDirectory(MailFolder);
            TestCertificates.WriteDataProtectionPfx(DataProtectionCertificatePath, DataProtectionPassword);
            serverCertificate = TestCertificates.CreateServer();
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0, l => l.UseHttps(serverCertificate)));
        }
        else
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        }

        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        if (IsProduction)
        {
            await SeedDemoWithAuthenticatorsAsync();
        }
    }

    /// <summary>
    /// The code the account's authenticator app shows, one time step after the last one asked for:
    /// codes are single use per 30-second step, so two sign-ins of one account never share a step.
    /// </summary>
    public string NextAuthenticatorCode(string email)
    {
        Assert.True(authenticatorKeys.TryGetValue(email, out var key), $"{email} has no authenticator in this fixture.");
        Clock.Advance(TimeSpan.FromSeconds(31));
        return new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp(Clock.GetUtcNow().UtcDateTime);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // Production is served from published output; here the build output's static assets stand in for it.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:DataDirectory", dataDir);
        builder.UseSetting("ConnectionStrings:Dhr", $"Data Source={Path.Combine(dataDir, "dhr.db")}");
        if (IsProduction)
        {
            builder.UseSetting("Security:RequireMfa", "true");
            builder.UseSetting("Security:SecureCookies", "true");
            builder.UseSetting("Security:RevalidationSeconds", "5");
            builder.UseSetting("Demo:Seed", "false");
            builder.UseSetting("Mail:PickupDirectory", MailFolder);
            builder.UseSetting("DataProtection:CertificatePath", DataProtectionCertificatePath);
            builder.UseSetting("DataProtection:CertificatePassword", DataProtectionPassword);
        }
        else
        {
            builder.UseSetting("Demo:Seed", "true");
            // Development's pickup folder is relative to the source tree: the tests send no mail there.
            builder.UseSetting("Mail:PickupDirectory", "");
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Information));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>What Development's start-up does, then what a person does at the enrolment page: an authenticator per demo account.</summary>
    private async Task SeedDemoWithAuthenticatorsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var user in await users.Users.Where(u => u.IsDemo).ToListAsync())
        {
            Assert.True((await users.ResetAuthenticatorKeyAsync(user)).Succeeded);
            var key = await users.GetAuthenticatorKeyAsync(user);
            Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
            authenticatorKeys[user.Email!] = key!;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        serverCertificate?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }
}
