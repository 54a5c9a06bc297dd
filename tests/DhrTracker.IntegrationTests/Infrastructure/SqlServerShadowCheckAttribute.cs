using System.Reflection;
using Xunit.v3;

[assembly: DhrTracker.IntegrationTests.Infrastructure.SqlServerShadowCheck]

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// Fails a test, once it has ended, if a query it ran on SQLite would not translate or parse for SQL Server
/// (<see cref="SqlServerShadow"/>). Checked here rather than when a database is disposed, because the access tests
/// share databases between tests and a failure belongs to the test whose service issued the query; and an xunit
/// failure raised here is reported beside the test's own, never instead of it.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class SqlServerShadowCheckAttribute : BeforeAfterTestAttribute
{
    public override void After(MethodInfo methodUnderTest, IXunitTest test) => SqlServerShadow.CheckEnded(test.UniqueID);
}
