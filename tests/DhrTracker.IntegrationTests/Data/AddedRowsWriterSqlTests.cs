using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Findings;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DhrTracker.IntegrationTests.Data;

/// <summary>
/// The import writes its records with INSERTs built from the EF model (ADR 0308). SQLite runs them in every
/// import test; here, without a server, each SQL Server statement parses as T-SQL and names exactly the
/// columns SQL Server expects a client to fill: every mapped column but the identity key.
/// </summary>
public sealed class AddedRowsWriterSqlTests
{
    public static TheoryData<Type> Written =>
    [
        typeof(Review), typeof(ReviewEvent), typeof(Victim), typeof(Perpetrator), typeof(Relationship), typeof(Circumstances),
        typeof(ReviewThemeSet), typeof(ReviewKeyTheme), typeof(Recommendation), typeof(ActionItem), typeof(AuditEntry), typeof(AuditChange),
    ];

    [Theory, MemberData(nameof(Written))]
    public void The_SQL_Server_insert_parses_as_T_SQL_and_fills_every_column_but_an_identity(Type entity)
    {
        using var context = SqlServerContext();
        var type = context.Model.FindEntityType(entity)!;

        var (sql, properties) = AddedRowsWriter.InsertFor(context, type);

        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        Assert.Empty(errors.Select(e => e.Message));
        Assert.StartsWith($"INSERT INTO [{type.GetTableName()}] (", sql);
        var identity = type.FindPrimaryKey()!.Properties
            .Where(p => SqlServerPropertyExtensions.GetValueGenerationStrategy(p) == Microsoft.EntityFrameworkCore.Metadata.SqlServerValueGenerationStrategy.IdentityColumn)
            .Select(p => p.Name);
        var expected = type.GetProperties().Select(p => p.Name).Except(identity).Order();
        Assert.Equal(expected, properties.Select(p => p.Name).Order());
        Assert.Equal(properties.Count, sql.Split("@p").Length - 1);
    }

    /// <summary>
    /// An audit entry's change set needs the key the database gives the entry. SQL Server refuses OUTPUT on the audit
    /// table (it has triggers), so the key is read with SCOPE_IDENTITY in the same batch: both statements parse as T-SQL.
    /// </summary>
    [Fact]
    public void The_audit_entry_insert_reads_back_its_identity_without_OUTPUT()
    {
        using var context = SqlServerContext();

        var (sql, _) = AddedRowsWriter.InsertFor(context, context.Model.FindEntityType(typeof(AuditEntry))!, returningKey: true);

        var script = (TSqlScript)new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        Assert.Empty(errors.Select(e => e.Message));
        var statements = script.Batches.SelectMany(b => b.Statements).ToList();
        Assert.Equal([typeof(InsertStatement), typeof(SelectStatement)], statements.Select(s => s.GetType()));
        Assert.Null(((InsertStatement)statements[0]).InsertSpecification.OutputClause);
        Assert.EndsWith("SELECT CAST(SCOPE_IDENTITY() AS bigint)", sql, StringComparison.Ordinal);
    }

    private static AppDbContext SqlServerContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(DatabaseProvider.SqlServer, "Server=unused;Database=unused;TrustServerCertificate=true").Configure(options);
        return new AppDbContext(options.Options);
    }
}
