using System.Data;
using DhrTracker.Core.Briefing;

namespace DhrTracker.IntegrationTests.Briefing;

/// <summary>
/// Every statement the briefing sends must be valid T-SQL. The SQLite tests run the maths; here, with no
/// SQL Server, the loader runs against a SQL Server context that records its statements and each is parsed.
/// </summary>
public sealed class BriefingSqlTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_briefing_statement_is_valid_T_SQL(bool withText)
    {
        var statements = new SqlServerStatements { Answer = sql => sql.Contains("FROM [Partnerships]", StringComparison.Ordinal) ? OnePartnership() : null };
        await using var db = statements.NewContext();

        var register = await BriefingLoader.LoadAsync(db, new BriefingRequest(1, new DateOnly(2024, 4, 1), new DateOnly(2026, 3, 31)), withText,
            CancellationToken.None);

        Assert.NotNull(register);
        // The partnership, the counted reviews, their relationships, good practice, the taxonomy, theme uses and actions.
        Assert.True(statements.Sent.Count >= 6, $"Only {statements.Sent.Count} statements were sent.");
        Assert.Empty(statements.Unparsable());
    }

    private static DataTable OnePartnership()
    {
        var table = new DataTable();
        table.Columns.Add("Id", typeof(int));
        table.Columns.Add("Name", typeof(string));
        table.Columns.Add("AreaName", typeof(string));
        table.Columns.Add("ReviewTypeName", typeof(string));
        table.Columns.Add("BriefingBackground", typeof(string));
        table.Columns.Add("SmallNumberThreshold", typeof(int));
        table.Rows.Add(1, "Exampleton CSP", "Exampleton", "Domestic Homicide Review", DBNull.Value, DBNull.Value);
        return table;
    }
}
