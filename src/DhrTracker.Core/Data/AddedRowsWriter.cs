using System.Data.Common;
using DhrTracker.Core.Audit;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DhrTracker.Core.Data;

/// <summary>
/// Writes the records a context holds as Added with one prepared INSERT per table, reused row after row,
/// inside the context's current transaction, then stops tracking them. For the bulk import only (ADR 0308):
/// at 10,000 rows EF's SaveChanges spent two thirds of the import building and tracking per-row commands.
/// Table, column, quoting and value conversion all come from the EF model and the provider, so the SQL is
/// right on SQLite and SQL Server alike and a new column is written without a change here. Audit entries are
/// left tracked for SaveChanges, which links them into the hash chain; nothing else stays tracked. Version
/// stamps are set as <see cref="VersioningInterceptor"/> would.
/// </summary>
internal static class AddedRowsWriter
{
    public static async Task WriteAsync(AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Added rows are written inside the caller's transaction, so they roll back with it.");
        var added = db.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added && e.Entity is not (AuditEntry or AuditChange or AuditChainHead))
            .ToList();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var entry in added)
        {
            if (entry.Entity is IVersioned versioned)
            {
                versioned.CreatedUtc = now;
                versioned.UpdatedUtc = now;
                versioned.Version = Guid.NewGuid();
            }
        }

        foreach (var group in InDependencyOrder(added.GroupBy(e => e.Metadata).ToList()))
        {
            await using var insert = Prepare(db, group.Key, transaction);
            foreach (var entry in group)
            {
                foreach (var (property, parameter) in insert.Columns)
                {
                    var value = Value(property, entry);
                    // The mapping sizes a text parameter for the column's usual length; a longer value (an
                    // nvarchar(max) column on SQL Server) must not be cut to it.
                    if (value is string text && parameter.Size > 0 && text.Length > parameter.Size)
                    {
                        parameter.Size = -1;
                    }

                    parameter.Value = value;
                }

                await insert.Command.ExecuteNonQueryAsync(ct);
            }
        }

        // Forget what is written and keep the audit entries to be saved: detaching records one by one would
        // sever required relationships (an action from its recommendation) mid-graph.
        var audit = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        db.ChangeTracker.Clear();
        db.AuditEntries.AddRange(audit);
    }

    private sealed record Insert(DbCommand Command, IReadOnlyList<(IProperty Property, DbParameter Parameter)> Columns) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Command.DisposeAsync();
    }

    /// <summary>
    /// The INSERT of one table and the properties behind its parameters (@p0, @p1, … in that order). Apart so a
    /// test can parse the SQL Server statement as T-SQL without a server.
    /// </summary>
    internal static (string Sql, IReadOnlyList<IProperty> Properties) InsertFor(AppDbContext db, IEntityType type)
    {
        if (type.GetTableMappings().Count() != 1 || type.GetTableName() is not { } table)
        {
            throw new NotSupportedException($"{type.DisplayName()} is not mapped to exactly one table; save it through SaveChanges.");
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        // Store-generated columns (identity keys, computed columns) are the database's to fill.
        var properties = type.GetProperties()
            .Where(p => p.GetColumnName(store) is not null && p.GetComputedColumnSql(store) is null
                && !(p.ValueGenerated.HasFlag(ValueGenerated.OnAdd) && p.IsPrimaryKey()
                    && (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) is var t && (t == typeof(int) || t == typeof(long))))
            .ToList();
        var text = $"INSERT INTO {sql.DelimitIdentifier(table, type.GetSchema())} "
            + $"({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)))}) "
            + $"VALUES ({string.Join(", ", properties.Select((_, i) => sql.GenerateParameterName($"p{i}")))})";
        return (text, properties);
    }

    private static Insert Prepare(AppDbContext db, IEntityType type, DbTransaction transaction)
    {
        var (text, properties) = InsertFor(db, type);
        var sql = db.GetService<ISqlGenerationHelper>();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        var columns = new List<(IProperty, DbParameter)>();
        for (var i = 0; i < properties.Count; i++)
        {
            var parameter = properties[i].GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName($"p{i}"), null, properties[i].IsNullable);
            command.Parameters.Add(parameter);
            columns.Add((properties[i], parameter));
        }

        // SQLite compiles the statement once for every row; SQL Server caches the plan of a parameterised
        // statement by itself, and a prepared SqlCommand would pin each text parameter to its first size.
        if (db.Database.IsSqlite())
        {
            command.Prepare();
        }

        return new Insert(command, columns);
    }

    /// <summary>
    /// The value as the provider stores it, as <see cref="RelationalTypeMapping.CreateParameter"/> would set it: the
    /// property's converter applied (enums as text, for instance), an enum without one as its number.
    /// </summary>
    private static object Value(IProperty property, EntityEntry entry)
    {
        var value = entry.Property(property.Name).CurrentValue;
        if (value is null)
        {
            return DBNull.Value;
        }

        var converter = property.GetRelationalTypeMapping().Converter;
        if (converter is not null)
        {
            return converter.ConvertToProvider(value) ?? DBNull.Value;
        }

        return value is Enum e ? Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), System.Globalization.CultureInfo.InvariantCulture) : value;
    }

    /// <summary>Principal tables before their dependants, so every foreign key finds its row.</summary>
    private static IEnumerable<IGrouping<IEntityType, EntityEntry>> InDependencyOrder(List<IGrouping<IEntityType, EntityEntry>> groups)
    {
        var pending = groups.ToList();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(g => !g.Key.GetForeignKeys()
                .Any(fk => fk.PrincipalEntityType != g.Key && pending.Any(p => p.Key == fk.PrincipalEntityType)))
                ?? throw new NotSupportedException("The added records' foreign keys form a cycle; save them through SaveChanges.");
            pending.Remove(ready);
            yield return ready;
        }
    }
}
