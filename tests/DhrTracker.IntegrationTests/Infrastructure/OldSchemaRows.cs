using Microsoft.Data.Sqlite;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// Rows written into a SQLite database held at an earlier migration, column by column from the table's own schema,
/// so upgrade tests do not depend on today's entities: required columns get a plain value, optional ones stay empty.
/// </summary>
public static class OldSchemaRows
{
    public static async Task InsertAsync(SqliteConnection connection, string table, Dictionary<string, object> given)
    {
        var columns = new List<(string Name, string Type, bool NotNull)>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"PRAGMA table_info({table});";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(1), reader.GetString(2), reader.GetInt32(3) == 1));
            }
        }

        Assert.All(given.Keys, k => Assert.Contains(columns, c => c.Name == k));
        await using var insert = connection.CreateCommand();
        var values = columns.Select(c => given.TryGetValue(c.Name, out var value) ? value : c switch
        {
            { NotNull: false } => DBNull.Value,
            { Name: "Version" } => Guid.NewGuid().ToString().ToUpperInvariant(),
            { Type: "INTEGER" } => 0,
            _ when c.Name.EndsWith("Utc", StringComparison.Ordinal) => "2024-01-01 00:00:00",
            _ when c.Name.StartsWith("Date", StringComparison.Ordinal) => "2024-01-01",
            _ => "Unknown",
        }).ToList();
        insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))});";
        for (var i = 0; i < values.Count; i++)
        {
            insert.Parameters.AddWithValue($"$p{i}", values[i]);
        }

        await insert.ExecuteNonQueryAsync();
    }

    public static async Task EnsurePartnershipAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO Partnerships (Id, Name, ReferencePrefix, ReviewTypeName, DecisionDueMonths, ReportDueMonths, " +
            "AmberWindowDays, RetentionYears, Version, CreatedUtc, UpdatedUtc) VALUES (1, 'Exampleton CSP', 'Exampleton DHR', " +
            "'Domestic Homicide Review', 1, 6, 28, 15, '00000000-0000-0000-0000-000000000001', '2024-01-01 00:00:00', '2024-01-01 00:00:00');";
        await command.ExecuteNonQueryAsync();
    }
}
