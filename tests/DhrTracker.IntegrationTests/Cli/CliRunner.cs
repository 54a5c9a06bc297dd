using System.Diagnostics;
using DhrTracker.Cli;
using Microsoft.Extensions.Configuration;

namespace DhrTracker.IntegrationTests.Cli;

/// <summary>The real <c>dhr</c> command over its own SQLite file, as an operator would run it; output and errors kept for asserts.</summary>
public sealed class CliRunner : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("dhr-cli-").FullName;

    public StringWriter Output { get; } = new();
    public StringWriter Error { get; } = new();

    /// <summary>The SQLite file the command writes (its rollback journal, when one exists, is beside it).</summary>
    public string DatabasePath => Path.Combine(dir, "dhr.db");

    private string ConnectionString => $"Data Source={DatabasePath};Pooling=false";

    /// <summary>The host environment the command runs in (Production unless a test says otherwise).</summary>
    public string Environment { get; init; } = "Production";

    private IConfiguration Config => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Database:DataDirectory"] = dir,
        ["ConnectionStrings:Dhr"] = ConnectionString,
        ["environment"] = Environment,
    }).Build();

    public Task<int> RunAsync(params string[] args) => CliApp.RunAsync(args, Output, Error, Config);

    /// <summary>
    /// The built <c>dhr.dll</c> (copied beside the tests by the project reference) in a process of its own on
    /// the same database, configured the way an operator would: environment variables. Output and errors redirected.
    /// </summary>
    public Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["Database__DataDirectory"] = dir,
                ["ConnectionStrings__Dhr"] = ConnectionString,
                ["DOTNET_ENVIRONMENT"] = Environment,
                ["ASPNETCORE_ENVIRONMENT"] = Environment,
            },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dhr.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

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
