using System.Data.Common;
using DhrTracker.Core.Audit;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DhrTracker.Core.Data;

/// <summary>
/// Writes new records with one prepared INSERT per table, reused row after row and chunk after chunk, inside
/// the context's current transaction. For the bulk import only (ADR 0308): at 10,000 rows EF's SaveChanges
/// spent two thirds of the import building and tracking per-row commands, and tracking the records just to
/// read their values back cost most of the rest. The records are never tracked: their values are read with
/// the model's compiled getters. Table, column, quoting and value conversion all come from the EF model and
/// the provider, so the SQL is right on SQLite and SQL Server alike and a new column is written without a
/// change here. Version stamps are set as <see cref="VersioningInterceptor"/> would. The audit entries the
/// context holds as Added are written last, linked into the hash chain by <see cref="AuditChain.LinkAsync"/> as
/// <see cref="AppDbContext.SaveChangesAsync(bool, CancellationToken)"/> links them: the same chain, without EF
/// building a command per entry (SaveChanges was still a third of the import).
/// </summary>
internal sealed class AddedRowsWriter(AppDbContext db, TimeProvider time) : IAsyncDisposable
{
    private readonly Dictionary<Type, List<object>> pending = [];
    private readonly Dictionary<IEntityType, Insert> prepared = [];

    /// <summary>Queues a new record to be written by the next <see cref="FlushAsync"/>.</summary>
    public void Add(object entity)
    {
        if (!pending.TryGetValue(entity.GetType(), out var rows))
        {
            pending[entity.GetType()] = rows = [];
        }

        rows.Add(entity);
    }

    /// <summary>
    /// Writes every queued record, principal tables before their dependants, then the context's new audit entries,
    /// and forgets them all. Nothing else may be pending in the context: it is cleared.
    /// </summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Added rows are written inside the caller's transaction, so they roll back with it.");
        var now = time.GetUtcNow().UtcDateTime;
        var groups = pending.Select(p => (Type: db.Model.FindEntityType(p.Key)
                ?? throw new NotSupportedException($"{p.Key.Name} is not an entity of the model."), Rows: p.Value))
            .ToList();
        foreach (var (type, rows) in InDependencyOrder(groups))
        {
            var insert = Prepared(type, transaction);
            foreach (var entity in rows)
            {
                if (entity is IVersioned versioned)
                {
                    versioned.CreatedUtc = now;
                    versioned.UpdatedUtc = now;
                    versioned.Version = Guid.NewGuid();
                }

                Fill(insert, entity);
                await insert.Command.ExecuteNonQueryAsync(ct);
            }
        }

        pending.Clear();
        await WriteAuditAsync(transaction, ct);
    }

    private async Task WriteAuditAsync(DbTransaction transaction, CancellationToken ct)
    {
        var entries = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        db.ChangeTracker.Clear();
        if (entries.Count == 0)
        {
            return;
        }

        await AuditChain.LinkAsync(db, entries, ct);
        var entryInsert = Prepared(db.Model.FindEntityType(typeof(AuditEntry))!, transaction, returningKey: true);
        var changeInsert = Prepared(db.Model.FindEntityType(typeof(AuditChange))!, transaction);
        foreach (var entry in entries)
        {
            Fill(entryInsert, entry);
            entry.Id = Convert.ToInt64(await entryInsert.Command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            if (entry.ChangeSet is { } changes)
            {
                changes.AuditEntryId = entry.Id;
                Fill(changeInsert, changes);
                await changeInsert.Command.ExecuteNonQueryAsync(ct);
            }
        }
    }

    private static void Fill(Insert insert, object entity)
    {
        foreach (var column in insert.Columns)
        {
            var value = column.Read(entity);
            // The mapping sizes a text parameter for the column's usual length; a longer value (an
            // nvarchar(max) column on SQL Server) must not be cut to it.
            if (value is string text && column.Parameter.Size > 0 && text.Length > column.Parameter.Size)
            {
                column.Parameter.Size = -1;
            }

            column.Parameter.Value = value;
        }
    }

    private Insert Prepared(IEntityType type, DbTransaction transaction, bool returningKey = false)
    {
        if (!prepared.TryGetValue(type, out var insert))
        {
            prepared[type] = insert = Prepare(db, type, transaction, returningKey);
        }

        return insert;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var insert in prepared.Values)
        {
            await insert.Command.DisposeAsync();
        }
    }

    /// <summary>
    /// A record's values as the JSON change set of a new record holds them (<see cref="ChangedFields.AddValues"/> on an
    /// added entry gives the same): every set field but keys, bookkeeping, secrets and contents, read without tracking.
    /// </summary>
    public void AddValues(Dictionary<string, object?[]> values, object entity, string? record = null)
    {
        var type = db.Model.FindEntityType(entity.GetType()) ?? throw new NotSupportedException($"{entity.GetType().Name} is not an entity of the model.");
        ChangedFields.AddNew(values, type.GetProperties().Where(p => !p.IsShadowProperty())
            .Select(p => (p.Name, p.IsPrimaryKey(), p.GetGetter().GetClrValueUsingContainingEntity(entity))), record);
    }

    private sealed record Insert(DbCommand Command, IReadOnlyList<Column> Columns);

    /// <summary>A parameter and how to read its value from a record, as the provider stores it.</summary>
    private sealed record Column(DbParameter Parameter, Func<object, object> Read);

    /// <summary>
    /// The INSERT of one table and the properties behind its parameters (@p0, @p1, … in that order). Apart so a
    /// test can parse the SQL Server statement as T-SQL without a server.
    /// </summary>
    internal static (string Sql, IReadOnlyList<IProperty> Properties) InsertFor(AppDbContext db, IEntityType type, bool returningKey = false)
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
        // An identity key comes back as the statement's result (audit entries: their change sets need it). Not by
        // OUTPUT or RETURNING: SQL Server refuses OUTPUT on a table with triggers, and the audit tables have them.
        if (returningKey && type.FindPrimaryKey()?.Properties is [var key] && !properties.Contains(key))
        {
            text += db.Database.IsSqlite() ? "; SELECT last_insert_rowid()" : "; SELECT CAST(SCOPE_IDENTITY() AS bigint)";
        }

        return (text, properties);
    }

    private static Insert Prepare(AppDbContext db, IEntityType type, DbTransaction transaction, bool returningKey)
    {
        var (text, properties) = InsertFor(db, type, returningKey);
        var sql = db.GetService<ISqlGenerationHelper>();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        var columns = new List<Column>();
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (property.IsShadowProperty())
            {
                throw new NotSupportedException($"{type.DisplayName()}.{property.Name} has no CLR property to read; save it through SaveChanges.");
            }

            var parameter = property.GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName($"p{i}"), null, property.IsNullable);
            command.Parameters.Add(parameter);
            var getter = property.GetGetter();
            var converter = property.GetRelationalTypeMapping().Converter;
            columns.Add(new Column(parameter, entity => Stored(getter.GetClrValueUsingContainingEntity(entity), converter)));
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
    private static object Stored(object? value, ValueConverter? converter)
    {
        if (value is null)
        {
            return DBNull.Value;
        }

        if (converter is not null)
        {
            return converter.ConvertToProvider(value) ?? DBNull.Value;
        }

        return value is Enum e ? Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), System.Globalization.CultureInfo.InvariantCulture) : value;
    }

    /// <summary>Principal tables before their dependants, so every foreign key finds its row.</summary>
    private static IEnumerable<(IEntityType Type, List<object> Rows)> InDependencyOrder(List<(IEntityType Type, List<object> Rows)> groups)
    {
        var pending = groups.ToList();
        while (pending.Count > 0)
        {
            var index = pending.FindIndex(g => !g.Type.GetForeignKeys()
                .Any(fk => fk.PrincipalEntityType != g.Type && pending.Any(p => p.Type == fk.PrincipalEntityType)));
            if (index < 0)
            {
                throw new NotSupportedException("The added records' foreign keys form a cycle; save them through SaveChanges.");
            }

            var ready = pending[index];
            pending.RemoveAt(index);
            yield return ready;
        }
    }
}
