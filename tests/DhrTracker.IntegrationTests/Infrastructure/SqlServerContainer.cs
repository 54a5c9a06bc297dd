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

    public static bool DockerAvailable => Available.Value;

    /// <summary>
    /// Asked once. Where no Docker endpoint could exist (no DOCKER_HOST, no Testcontainers settings file, no socket) the
    /// answer is no without starting Testcontainers: its settings are a static initialiser whose regular expression timed
    /// out on a machine with a load average of 30, and that failure, cached for the process, turned 2,663 skips into
    /// failures. Where an endpoint may exist, Testcontainers decides, and its failure is the test's failure.
    /// </summary>
    private static readonly Lazy<bool> Available = new(() => MayHaveDocker() && TestcontainersSettings.OS.DockerEndpointAuthConfig is not null);

    private static bool MayHaveDocker()
    {
        if (OperatingSystem.IsWindows() || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")))
        {
            return true;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var runtime = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        string[] places =
        [
            "/var/run/docker.sock", Path.Combine(home, ".testcontainers.properties"), Path.Combine(home, ".docker", "run", "docker.sock"),
            Path.Combine(home, ".docker", "desktop", "docker.sock"), .. runtime is null ? Array.Empty<string>() : [Path.Combine(runtime, "docker.sock")],
        ];
        return places.Any(File.Exists);
    }

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
