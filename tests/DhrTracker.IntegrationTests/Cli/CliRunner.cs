using DhrTracker.Cli;
using Microsoft.Extensions.Configuration;

namespace DhrTracker.IntegrationTests.Cli;

/// <summary>The real <c>dhr</c> command over its own SQLite file, as an operator would run it; output and errors kept for asserts.</summary>
public sealed class CliRunner : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("dhr-cli-").FullName;

    public StringWriter Output { get; } = new();
    public StringWriter Error { get; } = new();

    private string ConnectionString => $"Data Source={Path.Combine(dir, "dhr.db")};Pooling=false";

    /// <summary>The host environment the command runs in (Production unless a test says otherwise).</summary>
    public string Environment { get; init; } = "Production";

    private IConfiguration Config => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Database:DataDirectory"] = dir,
        ["ConnectionStrings:Dhr"] = ConnectionString,
        ["environment"] = Environment,
    }).Build();

    public Task<int> RunAsync(params string[] args) => CliApp.RunAsync(args, Output, Error, Config);

    /// <summary>The database the command wrote, read directly.</summary>
    public AppDbContext Open()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, ConnectionString).Configure(options);
        return new AppDbContext(options.Options);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
