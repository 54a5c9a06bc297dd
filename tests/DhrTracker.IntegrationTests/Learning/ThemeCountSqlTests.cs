using DhrTracker.Core.Access;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Learning;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DhrTracker.IntegrationTests.Learning;

/// <summary>The counting SQL (GROUP BY over a UNION) must also be valid T-SQL: checked here without a SQL Server.</summary>
public sealed class ThemeCountSqlTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Theme_count_queries_are_valid_T_SQL(bool everyUse)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(DatabaseProvider.SqlServer, "Server=unused;Database=unused;TrustServerCertificate=true").Configure(options);
        using var db = new AppDbContext(options.Options);
        var user = new CurrentUser("u", "U", new HashSet<string> { Roles.Manager }, 1);
        var queries = ThemeCountQuery.Build(db, db.Reviews.Visible(user).Select(r => r.Id), [Guid.NewGuid(), Guid.NewGuid()], everyUse);

        foreach (var sql in new[] { queries.Reviews.ToQueryString(), queries.Findings.ToQueryString(), queries.ReviewUses.ToQueryString(), queries.FindingUses.ToQueryString() })
        {
            new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
            Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}\n{sql}"));
        }

        Assert.Contains("UNION", queries.Reviews.ToQueryString());
        Assert.Contains("GROUP BY", queries.Reviews.ToQueryString());
    }
}
