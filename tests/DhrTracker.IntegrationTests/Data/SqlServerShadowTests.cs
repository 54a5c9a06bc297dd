using System.Text.RegularExpressions;

namespace DhrTracker.IntegrationTests.Data;

/// <summary>
/// The SQL Server shadow (ADR 0400) reports what SQL Server would refuse, while SQLite still answers the query. Each test
/// takes the failures it provokes, so they do not also fail it at its end (<see cref="SqlServerShadowCheckAttribute"/>).
/// </summary>
public sealed class SqlServerShadowTests
{
    [Fact]
    public async Task A_query_SQL_Server_cannot_translate_is_reported_and_SQLite_still_answers_it()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await db.CreatePartnershipAsync("Pennine partnership", "PEN");
        await db.CreatePartnershipAsync("Solent partnership", "SOL");
        SqlServerShadow.TakeFailuresOfCurrentTest();

        await using var context = db.NewContext();
        // SQLite translates Regex.IsMatch (its REGEXP operator); SQL Server's provider has no translation for it.
        var count = await context.Partnerships.CountAsync(p => Regex.IsMatch(p.Name, "^Pen"));

        Assert.Equal(1, count);
        var failure = Assert.Single(SqlServerShadow.TakeFailuresOfCurrentTest());
        Assert.Contains("SQL Server cannot run this query", failure);
        Assert.Contains("IsMatch", failure);
    }

    [Fact]
    public async Task A_statement_that_is_not_valid_T_SQL_is_reported_with_the_parser_message()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await db.CreatePartnershipAsync("Pennine partnership", "PEN");
        SqlServerShadow.TakeFailuresOfCurrentTest();

        await using var context = db.NewContext();
        // LIMIT is SQLite's (and others'); T-SQL has TOP and OFFSET ... FETCH.
        var rows = await context.Partnerships.FromSqlRaw("SELECT * FROM \"Partnerships\" LIMIT 1").ToListAsync();

        Assert.Single(rows);
        var failure = Assert.Single(SqlServerShadow.TakeFailuresOfCurrentTest());
        Assert.Contains("Not valid T-SQL", failure);
        Assert.Contains("LIMIT 1", failure);
    }

    [Fact]
    public async Task Reads_and_bulk_updates_are_translated_for_SQL_Server_without_a_failure()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var id = await db.CreatePartnershipAsync("Pennine partnership", "PEN");
        var before = SqlServerShadow.StatementsOfCurrentTest().Count;

        await using var context = db.NewContext();
        var names = await context.Partnerships.Where(p => p.Name.StartsWith("Pen")).Select(p => p.Name).ToListAsync();
        var changed = await context.Partnerships.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ReferencePrefix, "PNN"));

        Assert.Equal(["Pennine partnership"], names);
        Assert.Equal(1, changed);
        var statements = SqlServerShadow.StatementsOfCurrentTest();
        Assert.Contains(statements, s => s.Contains("FROM [Partnerships]", StringComparison.Ordinal) && s.Contains("LIKE N'Pen%'", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.StartsWith("UPDATE [p]", StringComparison.Ordinal) && s.Contains("[ReferencePrefix]", StringComparison.Ordinal));
        Assert.True(statements.Count >= before + 2);
        Assert.Empty(SqlServerShadow.TakeFailuresOfCurrentTest());
    }
}
