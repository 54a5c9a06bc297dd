using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DhrTracker.IntegrationTests.Data;

/// <summary>
/// What SQLite cannot catch, checked without a SQL Server: the production script parses as T-SQL,
/// and no table can be reached by two cascade-delete paths (SQL Server rejects such a schema).
/// </summary>
public sealed class SqlServerModelTests
{
    private static AppDbContext SqlServerContext(string cs = "Server=unused;Database=unused;TrustServerCertificate=true")
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(DatabaseProvider.SqlServer, cs).Configure(options);
        return new AppDbContext(options.Options);
    }

    [Fact]
    public void The_idempotent_SQL_Server_migration_script_is_valid_T_SQL()
    {
        using var context = SqlServerContext();
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        parser.Parse(new StringReader(script), out var errors);

        Assert.Contains("IF NOT EXISTS", script);
        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
    }

    [Fact]
    public void The_script_creates_every_table_of_the_model()
    {
        using var context = SqlServerContext();
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()).Where(t => t is not null).Distinct();

        Assert.All(tables, t => Assert.Contains($"CREATE TABLE [{t}]", script));
    }

    [Theory]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.Sqlite)]
    public void Migrations_are_up_to_date_with_the_model(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Server=unused").Configure(options);
        using var context = new AppDbContext(options.Options);

        Assert.False(context.Database.HasPendingModelChanges(),
            $"The {provider} migrations lag the model: run migrations/add-migration.sh.");
    }

    [Fact]
    public void No_table_is_reachable_by_two_cascade_delete_paths()
    {
        using var context = SqlServerContext();
        var problems = new List<string>();
        foreach (var root in context.Model.GetEntityTypes())
        {
            var reached = new Dictionary<IEntityType, int>();
            Walk(root, [root], reached);
            problems.AddRange(reached.Where(r => r.Value > 1).Select(r => $"{root.ClrType.Name} -> {r.Key.ClrType.Name} by {r.Value} paths"));
        }

        Assert.Empty(problems);
    }

    private static void Walk(IEntityType principal, List<IEntityType> path, Dictionary<IEntityType, int> reached)
    {
        var cascades = principal.GetReferencingForeignKeys().Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade);
        foreach (var fk in cascades)
        {
            var dependent = fk.DeclaringEntityType;
            if (path.Contains(dependent))
            {
                // A cascade cycle is as fatal to SQL Server as two paths.
                reached[dependent] = 2;
                continue;
            }

            reached[dependent] = reached.GetValueOrDefault(dependent) + 1;
            Walk(dependent, [.. path, dependent], reached);
        }
    }
}
