using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Benchmarks;

/// <summary>
/// A migrated SQLite file with the real Core services, one partnership ("Bench") and one signed-in
/// user of the given role: what every benchmark measures against.
/// </summary>
internal sealed class BenchDatabase : IDisposable
{
    private readonly ServiceProvider services;
    private readonly string file;

    private BenchDatabase(ServiceProvider services, string file)
    {
        this.services = services;
        this.file = file;
    }

    public int PartnershipId { get; private set; }

    public IDbContextFactory<AppDbContext> DbFactory => Get<IDbContextFactory<AppDbContext>>();

    /// <param name="configure">More services, e.g. an EF interceptor that measures (ImportOnce).</param>
    public static async Task<BenchDatabase> CreateAsync(string role, Action<IServiceCollection>? configure = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dhr-bench-{Guid.NewGuid():N}.db");
        var user = new FixedUser();
        var bench = new BenchDatabase(Services($"Data Source={file}", user, configure), file);

        await using (var db = await bench.DbFactory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        await RoleSeeder.EnsureRolesAsync(bench.Get<RoleManager<IdentityRole>>());
        var partnership = await bench.Get<PartnershipAdmin>().CreateAsync(new() { Name = "Bench", ReferencePrefix = "Bench DHR" });
        bench.PartnershipId = partnership.Value;
        var created = await bench.Get<UserAdmin>().CreateAsync("bench@example.org", role, "Bench", "amber river lantern forty two");
        user.Id = created.Value?.UserId ?? throw new InvalidOperationException(string.Join("; ", created.Errors));
        return bench;
    }

    /// <summary>The real Core services over a SQLite file, signed in as <paramref name="user"/>.</summary>
    public static ServiceProvider Services(string connectionString, IUserIdSource user, Action<IServiceCollection>? configure = null)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dhr"] = connectionString,
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddDhrCore(config);
        collection.AddDhrIdentityCore();
        // Accounts' sealed secrets need a key ring since issue 10; keys in memory, as in the integration tests.
        collection.AddDhrDataProtection(certificate: null);
        collection.AddSingleton(user);
        configure?.Invoke(collection);
        return collection.BuildServiceProvider();
    }

    /// <summary>A service in its own scope, as one Blazor circuit would use it.</summary>
    public T Get<T>() where T : notnull => services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public void Dispose()
    {
        services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    /// <summary>The signed-in user every service call runs as.</summary>
    internal sealed class FixedUser : IUserIdSource
    {
        public string? Id { get; set; }

        public Task<string?> GetUserIdAsync() => Task.FromResult(Id);
    }
}
