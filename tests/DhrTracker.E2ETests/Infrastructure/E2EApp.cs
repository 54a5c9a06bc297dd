using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.E2ETests.Infrastructure;

/// <summary>
/// The real app on real Kestrel (loopback, free port), as `dotnet run` starts it: Development, demo
/// data and demo accounts, embedded SQLite in its own folder.
/// </summary>
public sealed class E2EApp : WebApplicationFactory<Program>
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("dhr-e2e-").FullName;

    public string BaseUrl { get; private set; } = "";

    public void Start()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataDirectory", dataDir);
        builder.UseSetting("ConnectionStrings:Dhr", $"Data Source={Path.Combine(dataDir, "dhr.db")}");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Mail:PickupDirectory", "");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }
}
