namespace DhrTracker.IntegrationTests.Access;

/// <summary>
/// The SQL Server shadow (ADR 0400) is only a proof if it sees the services' queries: every read door of the access
/// matrix, called by someone it lets in, must have had its queries translated for SQL Server. Fails if the shadow is
/// switched off or stops seeing a service (a context built without it, a query path it does not hook).
/// </summary>
public sealed class SqlServerShadowCoverageTests
{
    [Fact]
    public async Task Every_read_door_of_the_access_matrix_has_its_queries_translated_for_SQL_Server()
    {
        await using var world = await TestWorld.CreateAsync(DatabaseProvider.Sqlite);
        var unseen = new List<string>();
        var reads = AccessMatrixTests.Doors.Where(d => !d.Changes && d.Expected.Values.Contains(Outcome.Allowed)).ToList();
        foreach (var door in reads)
        {
            world.SignInAs(door.Expected.First(e => e.Value == Outcome.Allowed).Key);
            var before = SqlServerShadow.RunsOfCurrentTest();
            await door.CallAsync(world);
            if (SqlServerShadow.RunsOfCurrentTest() == before)
            {
                unseen.Add(door.Name);
            }
        }

        Assert.Empty(unseen);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{reads.Count} read doors; {SqlServerShadow.RunsOfCurrentTest()} queries and {SqlServerShadow.StatementsOfCurrentTest().Count} distinct statements translated for SQL Server.");
        // Each read door has a query of its own (its record, its list), so there are at least as many distinct statements as doors.
        Assert.True(SqlServerShadow.StatementsOfCurrentTest().Count >= reads.Count,
            $"{SqlServerShadow.StatementsOfCurrentTest().Count} distinct SQL Server statements from {reads.Count} read doors.");
    }
}
