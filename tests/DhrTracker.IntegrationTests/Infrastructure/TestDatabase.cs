using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh, fully migrated database of the given provider with the real Core services on top of it,
/// a fake clock (26 Nov 2026, 10:00 UTC), a switchable signed-in user and an outbox for mail.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider services;
    private readonly string? sqliteFile;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Dhr"] = connectionString,
        }).Build();

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddDhrCore(config);
        if (provider == DatabaseProvider.Sqlite)
        {
            // Every query is also translated for SQL Server and its T-SQL parsed (ADR 0400); SQLite still answers it.
#pragma warning disable EF1001 // the query compiler is EF's internal API; see ShadowingQueryCompiler
            collection.ConfigureDbContext<AppDbContext>(options => options.ReplaceService<IQueryCompiler, ShadowingQueryCompiler>());
#pragma warning restore EF1001
        }

        collection.AddSingleton(User);
        collection.AddSingleton<IUserIdSource>(User);
        collection.AddSingleton<DhrTracker.Core.Reminders.IMailSink>(Mail);
        collection.AddDhrIdentityCore();
        collection.AddSingleton<IPasswordHasher<AppUser>, OncePerPasswordHasher>();
        collection.AddDhrDataProtection(certificate: null);
        services = collection.BuildServiceProvider();
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public FakeTimeProvider Time { get; } = new(Now);
    public TestUser User { get; } = new();
    public MailOutbox Mail { get; } = new();
    public IDbContextFactory<AppDbContext> DbFactory => Get<IDbContextFactory<AppDbContext>>();

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = NewSqliteFile();
            File.Copy(await MigratedSqlite.Value, file);
            return new TestDatabase(provider, SqliteConnection(file), file);
        }

        var db = new TestDatabase(provider, await SqlServerContainer.NewDatabaseConnectionStringAsync(), null);
        await MigrateAndSeedRolesAsync(db);
        return db;
    }

    /// <summary>
    /// One SQLite database migrated from empty and given its roles, once per run; every SQLite test starts from a byte copy
    /// of it. Running every migration (table rebuilds included) for each of a thousand tests was most of the suite's time.
    /// </summary>
    private static readonly Lazy<Task<string>> MigratedSqlite = new(async () =>
    {
        var file = NewSqliteFile();
        var template = new TestDatabase(DatabaseProvider.Sqlite, SqliteConnection(file), sqliteFile: null);
        await MigrateAndSeedRolesAsync(template);
        await template.services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(file);
        return file;
    });

    private static string NewSqliteFile() => Path.Combine(Path.GetTempPath(), $"dhr-test-{Guid.NewGuid():N}.db");

    private static string SqliteConnection(string file) => $"Data Source={file};Pooling=false";

    private static async Task MigrateAndSeedRolesAsync(TestDatabase db)
    {
        await using (var context = await db.DbFactory.CreateDbContextAsync())
        {
            await context.Database.MigrateAsync();
        }

        await RoleSeeder.EnsureRolesAsync(db.Get<RoleManager<IdentityRole>>());
    }

    /// <summary>
    /// A byte-for-byte copy of this SQLite database with its own services and clock: the builders seed
    /// a world once and each test that changes it starts from a copy (milliseconds, not a migration and
    /// a dozen password hashes). Null on SQL Server, where the caller builds afresh.
    /// </summary>
    public TestDatabase? Copy()
    {
        if (sqliteFile is null)
        {
            return null;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = NewSqliteFile();
        File.Copy(sqliteFile, file);
        return new TestDatabase(Provider, SqliteConnection(file), file);
    }

    /// <summary>A service in its own scope, as one Blazor circuit or command would use it.</summary>
    public T Get<T>() where T : notnull => services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public AppDbContext NewContext() => DbFactory.CreateDbContext();

    /// <summary>A service as the <c>dhr</c> command runs it: the installation's own identity, whoever the test signed in.</summary>
    public T AsInstallation<T>() where T : notnull => ActivatorUtilities.CreateInstance<T>(services.CreateScope().ServiceProvider,
        new CurrentUserLoader(new DhrCommandIdentity(), DbFactory, new DhrTracker.Core.Audit.RequestOrigin()));

    /// <summary>A context built apart from this test's services, as a second web instance over the same database would.</summary>
    public AppDbContext OtherInstanceContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(Provider, ConnectionString).Configure(options);
        return new AppDbContext(options.Options);
    }

    public void SignInAs(string? userId) => User.UserId = userId;

    public async Task<int> CreatePartnershipAsync(string name, string prefix = "Test DHR")
    {
        var result = await Get<PartnershipAdmin>().CreateAsync(new NewPartnershipInput { Name = name, ReferencePrefix = prefix });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value;
    }

    /// <summary>Creates an account with one role in the named partnership and returns its id.</summary>
    public async Task<string> CreateUserAsync(string role, string? partnership, string? email = null, string? agency = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var result = await Get<UserAdmin>().CreateAsync(email, role, partnership, "a long test passphrase 1", agencyName: agency);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value!.UserId;
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.SqlServer)
        {
            await using var context = await DbFactory.CreateDbContextAsync();
            await context.Database.EnsureDeletedAsync();
        }

        await services.DisposeAsync();
        if (sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(sqliteFile);
        }
    }
}
