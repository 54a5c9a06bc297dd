using System.Security.Claims;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Tests.Shared;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DhrTracker.Web.Tests.Infrastructure;

/// <summary>
/// The real web host, configured as Production (two-factor required, secure cookies, key ring
/// encrypted with a certificate, no demo data) over its own SQLite file, with a movable clock.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public const string Password = "a long test passphrase 1";
    public const string Partnership = "Web Test Partnership";

    public AppFactory() : this(Directory.CreateTempSubdirectory("dhr-web-").FullName)
    {
    }

    /// <summary>A second host over the same database and key certificate: another instance, or the app after a restart.</summary>
    protected AppFactory(string dataDir) => DataDir = dataDir;

    public string DataDir { get; }
    public string Environment { get; init; } = "Production";
    public MovableClock Clock { get; } = new();

    /// <summary>Extra settings for one test class, e.g. <c>Security:RevalidationSeconds</c>.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>Mail the app sends (invitations), kept instead of going to an SMTP server.</summary>
    public RecordingMailSink Mail { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:DataDirectory", DataDir);
        builder.UseSetting("ConnectionStrings:Dhr", $"Data Source={Path.Combine(DataDir, "dhr.db")};Pooling=false");
        builder.UseSetting("Demo:Seed", "false");
        // No reminder job in these tests: it would write lease and audit rows beside what a test counts.
        builder.UseSetting("Mail:PickupDirectory", "");
        var certificate = Path.Combine(DataDir, "keys.pfx");
        if (!File.Exists(certificate))
        {
            TestCertificates.WritePfx(DataDir);
        }

        builder.UseSetting("DataProtection:CertificatePath", certificate);
        builder.UseSetting("DataProtection:CertificatePassword", TestCertificates.Password);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<DhrTracker.Core.Reminders.IMailSink>(Mail);
            ConfigureServices(services);
        });
    }

    /// <summary>For a test host that watches or replaces one service.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://dhrtracker.test"),
    });

    public async Task<string> CreateUserAsync(string role = Roles.Coordinator, string? agency = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<DhrTracker.Core.Partnerships.PartnershipAdmin>();
        if (await admin.FindByNameAsync(Partnership) is null)
        {
            await admin.CreateAsync(new() { Name = Partnership, ReferencePrefix = "WT DHR" });
        }

        var email = $"user-{Guid.NewGuid():N}@example.org";
        var created = await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync(email, role, Partnership, Password, agencyName: agency);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        return email;
    }

    /// <summary>Gives the account an authenticator, as enrolment would, and returns its key (what the person's phone holds).</summary>
    public async Task<string> EnrolAuthenticatorAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>A browser signed in with password and authenticator code, as everyone signs in in Production.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email)
    {
        var key = await EnrolAuthenticatorAsync(email);
        var client = NewClient();
        var signedIn = await TwoFactorSignIn.SignInAsync(this, client, email, key);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    /// <summary>
    /// A scope of the real host in which <paramref name="email"/> is the signed-in user, as in their circuit: for rendering
    /// an interactive component with the host's own services, which load case content only once the circuit connects.
    /// </summary>
    public async Task<AsyncServiceScope> SignedInScopeAsync(string email)
    {
        var scope = Services.CreateAsyncScope();
        string userId;
        await using (var db = await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        }

        var auth = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        auth.SetAuthenticationState(Task.FromResult(new AuthenticationState(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "Test")))));
        return scope;
    }

    public async Task<int> AuditCountAsync(string email, string action)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.AuditEntries.CountAsync(a => a.UserId == userId && a.Action == action);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (OwnsDataDir)
        {
            Directory.Delete(DataDir, recursive: true);
        }
    }

    /// <summary>A second instance over the same folder leaves it to the first.</summary>
    protected virtual bool OwnsDataDir => true;
}
