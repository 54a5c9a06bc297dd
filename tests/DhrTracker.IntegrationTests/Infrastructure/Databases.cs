namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// Every database test runs once per provider: <c>[Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]</c>.
/// SQL Server runs where Docker exists and is reported as skipped, with the reason, where it does not (failed instead
/// where <c>DHR_REQUIRE_SQLSERVER=1</c>: CI machines that have Docker).
/// </summary>
public static class Databases
{
    public static TheoryData<DatabaseProvider> All => new(DatabaseProvider.Sqlite, DatabaseProvider.SqlServer);
}
