namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// Whether a SQL Server test runs, is skipped or fails. Where Docker is missing the SQL Server half of every database
/// test is skipped with the reason, so a developer's machine stays green; a CI machine that has Docker sets
/// <c>DHR_REQUIRE_SQLSERVER=1</c>, and then a missing Docker engine fails those tests instead of hiding them.
/// </summary>
public static class SqlServerRequirement
{
    public const string Variable = "DHR_REQUIRE_SQLSERVER";

    public const string DockerMissing = "Docker not available: SQL Server tests need a Docker engine (they run in CI machines that have one).";

    public const string DockerRequired = $"{Variable}=1 but Docker is not available: this machine must run the SQL Server tests. " +
        $"Start a Docker engine, or unset {Variable} to skip them.";

    public static SqlServerDecision Decide(bool dockerAvailable, string? required) =>
        dockerAvailable ? new(SqlServerOutcome.Run, null)
        : IsSet(required) ? new(SqlServerOutcome.Fail, DockerRequired)
        : new(SqlServerOutcome.Skip, DockerMissing);

    /// <summary>The decision for this process: Docker as Testcontainers sees it, and the environment variable.</summary>
    public static SqlServerDecision ForThisMachine(bool dockerAvailable) =>
        Decide(dockerAvailable, Environment.GetEnvironmentVariable(Variable));

    private static bool IsSet(string? value) =>
        value?.Trim() is "1" || string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}

public enum SqlServerOutcome
{
    Run,
    Skip,
    Fail,
}

/// <summary>What to do with a SQL Server test, and the reason to report when it does not run.</summary>
public sealed record SqlServerDecision(SqlServerOutcome Outcome, string? Reason);
