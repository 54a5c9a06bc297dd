using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Benchmarks.National;

/// <summary>
/// A database that <c>dhr seed-synthetic</c> filled at national scale or ten times it (built once by <c>./build.sh bench</c>
/// and reused), with the real Core services on top and one signed-in user of a role in its largest partnership.
/// The floors read the same file through a plain connection.
/// </summary>
internal sealed class NationalDatabase : IDisposable
{
    /// <summary>The folder <c>./build.sh bench</c> keeps the databases in, one file per scale (national.db, national-10x.db).</summary>
    public const string FolderVariable = "DHR_BENCH_DATABASES";

    private readonly ServiceProvider services;
    private readonly SqliteConnection connection;

    private NationalDatabase(ServiceProvider services, string connectionString)
    {
        this.services = services;
        connection = new SqliteConnection(connectionString);
        connection.Open();
    }

    public required int PartnershipId { get; init; }

    public required string UserId { get; init; }

    /// <summary>The open connection the floors use: one per process, as the app's pool would hold.</summary>
    public SqliteConnection Connection => connection;

    public static string FileOf(string scale) =>
        Path.Combine(Environment.GetEnvironmentVariable(FolderVariable) ?? throw new InvalidOperationException(
            $"{FolderVariable} is not set: run the benchmarks with ./build.sh bench, which builds the databases and sets it."), $"{scale}.db");

    /// <param name="scale">"national" or "national-10x".</param>
    /// <param name="role">The role of the user every operation runs as.</param>
    public static async Task<NationalDatabase> OpenAsync(string scale, string role)
    {
        var file = FileOf(scale);
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"No {scale} database at {file}: ./build.sh bench builds it.", file);
        }

        var connectionString = $"Data Source={file}";
        var user = new BenchDatabase.FixedUser();
        var provider = BenchDatabase.Services(connectionString, user);

        // The largest partnership: the one whose lists and counts have the most to do.
        await using var db = await provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var partnership = await db.Reviews.GroupBy(r => r.PartnershipId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => g.Key).FirstAsync();
        user.Id = await EnsureUserAsync(provider, db, partnership, role);
        return new NationalDatabase(provider, connectionString) { PartnershipId = partnership, UserId = user.Id };
    }

    /// <summary>A service in its own scope, as one Blazor circuit would use it.</summary>
    public T Get<T>() where T : notnull => services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public void Dispose()
    {
        connection.Dispose();
        services.Dispose();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>One bench account per role, made the first time and found after that, so every process measures the same user.</summary>
    private static async Task<string> EnsureUserAsync(ServiceProvider provider, AppDbContext db, int partnershipId, string role)
    {
        var email = $"bench-{role.ToLowerInvariant()}@example.org";
        if (await db.Users.Where(u => u.Email == email).Select(u => u.Id).FirstOrDefaultAsync() is { } id)
        {
            return id;
        }

        var name = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.Name).SingleAsync();
        var created = await provider.GetRequiredService<UserAdmin>().CreateAsync(email, role, name, "amber river lantern forty two", $"Bench {role}");
        return created.Value?.UserId ?? throw new InvalidOperationException(string.Join("; ", created.Errors));
    }
}
