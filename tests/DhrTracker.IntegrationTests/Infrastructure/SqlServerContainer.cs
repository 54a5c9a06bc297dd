using DotNet.Testcontainers.Configurations;
using Testcontainers.MsSql;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>One SQL Server container for the whole test run; each test gets its own database in it.</summary>
public static class SqlServerContainer
{
    public const string DockerMissing = "Docker not available: SQL Server tests need a Docker engine (they run in CI machines that have one).";

    private static readonly Lazy<Task<MsSqlContainer>> Container = new(StartAsync);

    public static bool DockerAvailable => TestcontainersSettings.OS.DockerEndpointAuthConfig is not null;

    public static async Task<string> NewDatabaseConnectionStringAsync()
    {
        Assert.SkipUnless(DockerAvailable, DockerMissing);
        var container = await Container.Value;
        var builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(container.GetConnectionString())
        {
            InitialCatalog = $"dhr_test_{Guid.NewGuid():N}",
        };
        return builder.ConnectionString;
    }

    private static async Task<MsSqlContainer> StartAsync()
    {
        var container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
        await container.StartAsync();
        return container;
    }
}
