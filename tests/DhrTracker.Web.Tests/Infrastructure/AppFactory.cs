using DhrTracker.Core.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Infrastructure;

/// <summary>
/// The real web host, configured as Production (MFA required, secure cookies, no demo data) over
/// its own SQLite file.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    public const string Password = "a long test passphrase 1";
    private readonly string dataDir = Directory.CreateTempSubdirectory("dhr-web-").FullName;

    public string Environment { get; init; } = "Production";

    /// <summary>Mail the app sends (invitations), kept instead of going to an SMTP server.</summary>
    public RecordingMailSink Mail { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:DataDirectory", dataDir);
        builder.UseSetting("ConnectionStrings:Dhr", $"Data Source={Path.Combine(dataDir, "dhr.db")};Pooling=false");
        builder.UseSetting("Demo:Seed", "false");
        // No reminder job in these tests: it would write lease and audit rows beside what a test counts.
        builder.UseSetting("Mail:PickupDirectory", "");
        builder.ConfigureTestServices(s => s.AddSingleton<DhrTracker.Core.Reminders.IMailSink>(Mail));
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://dhrtracker.test"),
    });

    public async Task<string> CreateUserAsync(string role = Roles.Coordinator)
    {
        await using var scope = Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<DhrTracker.Core.Partnerships.PartnershipAdmin>();
        if (await admin.FindByNameAsync("Web Test Partnership") is null)
        {
            await admin.CreateAsync(new() { Name = "Web Test Partnership", ReferencePrefix = "WT DHR" });
        }

        var email = $"user-{Guid.NewGuid():N}@example.org";
        var created = await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync(email, role, "Web Test Partnership", Password);
        Assert.True(created.Succeeded);
        return email;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }
}
