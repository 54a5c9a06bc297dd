using DotNet.Testcontainers.Configurations;
using Testcontainers.MsSql;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// One SQL Server container for the whole test run; each test gets its own database in it. Without Docker the test is
/// skipped, or fails where <c>DHR_REQUIRE_SQLSERVER=1</c> (<see cref="SqlServerRequirement"/>).
/// </summary>
public static class SqlServerContainer
{
    private static readonly Lazy<Task<MsSqlContainer>> Container = new(StartAsync);

    public static bool DockerAvailable => TestcontainersSettings.OS.DockerEndpointAuthConfig is not null;

    public static async Task<string> NewDatabaseConnectionStringAsync()
    {
        var decision = SqlServerRequirement.ForThisMachine(DockerAvailable);
        if (decision.Outcome == SqlServerOutcome.Skip)
        {
            Assert.Skip(decision.Reason!);
        }

        if (decision.Outcome == SqlServerOutcome.Fail)
        {
            Assert.Fail(decision.Reason);
        }

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
