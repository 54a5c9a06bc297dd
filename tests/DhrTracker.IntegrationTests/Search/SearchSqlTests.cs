using DhrTracker.Core.Access;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Search;

namespace DhrTracker.IntegrationTests.Search;

/// <summary>The SQL Server runs of the search tests are skipped on this machine; here every statement the search sends is parsed as T-SQL.</summary>
public sealed class SearchSqlTests
{
    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.PanelMember)]
    public async Task Every_search_statement_is_valid_T_SQL_and_escapes_the_users_wildcards(string role)
    {
        var statements = new SqlServerStatements();
        await using var db = statements.NewContext();
        var user = new CurrentUser("u", "U", new HashSet<string> { role }, 1);
        var pattern = SearchPattern.Contains("50%_[x");

        await SearchQueries.Matching(db, db.Reviews.AsNoTracking().Visible(user), pattern).Take(SearchService.Cap + 1).Select(r => r.Id)
            .ToListAsync(TestContext.Current.CancellationToken);
        await SearchQueries.HitsAsync(db, [Guid.NewGuid()], pattern, TestContext.Current.CancellationToken);

        Assert.Equal(9, statements.Sent.Count);
        Assert.Empty(statements.Unparsable());
        Assert.All(statements.Sent, sql => Assert.Contains("ESCAPE N'\\'", sql));
        Assert.Equal("%50\\%\\_\\[x%", pattern);
    }
}
