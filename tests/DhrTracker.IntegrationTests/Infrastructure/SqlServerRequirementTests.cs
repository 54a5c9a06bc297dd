namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>Issue 15 item 6: where CI asks for SQL Server, a missing Docker engine fails the SQL Server tests instead of skipping them.</summary>
public sealed class SqlServerRequirementTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    public void With_Docker_the_SQL_Server_tests_run_whatever_the_variable_says(string? required)
    {
        Assert.Equal(new SqlServerDecision(SqlServerOutcome.Run, null), SqlServerRequirement.Decide(dockerAvailable: true, required));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("false")]
    public void Without_Docker_and_not_required_they_are_skipped_with_the_reason(string? required)
    {
        var decision = SqlServerRequirement.Decide(dockerAvailable: false, required);

        Assert.Equal(SqlServerOutcome.Skip, decision.Outcome);
        Assert.Equal("Docker not available: SQL Server tests need a Docker engine (they run in CI machines that have one).", decision.Reason);
    }

    [Theory]
    [InlineData("1")]
    [InlineData(" 1 ")]
    [InlineData("true")]
    [InlineData("TRUE")]
    public void Without_Docker_where_SQL_Server_is_required_they_fail_and_say_why(string required)
    {
        var decision = SqlServerRequirement.Decide(dockerAvailable: false, required);

        Assert.Equal(SqlServerOutcome.Fail, decision.Outcome);
        Assert.StartsWith("DHR_REQUIRE_SQLSERVER=1 but Docker is not available", decision.Reason);
        Assert.Contains("unset DHR_REQUIRE_SQLSERVER to skip them", decision.Reason);
    }
}
