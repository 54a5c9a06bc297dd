using DhrTracker.Core.People;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DhrTracker.IntegrationTests.Data;

/// <summary>
/// An installed database upgrades in place, keeping what it holds. A database at the migration before
/// StatutoryProcess is given a victim recorded with the old "death by suicide" tick box, then upgraded.
/// </summary>
public sealed class UpgradeInPlaceTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"dhr-upgrade-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_victim_recorded_as_a_death_by_suicide_is_a_suicide_after_the_upgrade_and_others_are_homicides()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=false").Configure(options);
        await using (var before = new AppDbContext(options.Options))
        {
            var migrator = before.GetService<IMigrator>();
            var previous = before.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_StatutoryProcess", StringComparison.Ordinal)).Last();
            await migrator.MigrateAsync(previous);
        }

        var suicide = Guid.NewGuid();
        var homicide = Guid.NewGuid();
        await InsertOldVictimAsync(suicide, deathBySuicide: true);
        await InsertOldVictimAsync(homicide, deathBySuicide: false);

        await using var after = new AppDbContext(options.Options);
        await after.Database.MigrateAsync();

        var types = await after.Victims.Select(v => new { v.Id, v.DeathType }).ToDictionaryAsync(v => v.Id, v => v.DeathType);
        Assert.Equal(DeathType.Suicide, types[suicide]);
        Assert.Equal(DeathType.Homicide, types[homicide]);
        Assert.Equal("DHR", await after.Partnerships.Select(p => p.ReviewTypeAbbreviation).FirstAsync());
    }

    /// <summary>
    /// Writes a review and its victim into the old tables column by column from their own schema, so the test
    /// does not depend on today's entities: required columns get a plain value, optional ones stay empty.
    /// </summary>
    private async Task InsertOldVictimAsync(Guid id, bool deathBySuicide)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=false");
        await connection.OpenAsync();
        await EnsurePartnershipAsync(connection);
        var review = Guid.NewGuid().ToString().ToUpperInvariant();
        await InsertAsync(connection, "Reviews", new() { ["Id"] = review, ["PartnershipId"] = 1, ["Reference"] = $"Exampleton DHR {review[..8]}" });
        var victim = new Dictionary<string, object> { ["Id"] = id.ToString().ToUpperInvariant(), ["ReviewId"] = review, ["AgeAtDeath"] = 40 };
        victim["DeathBySuicide"] = deathBySuicide ? 1 : 0;
        await InsertAsync(connection, "Victims", victim);
    }

    private static async Task InsertAsync(SqliteConnection connection, string table, Dictionary<string, object> given)
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

    private static async Task EnsurePartnershipAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO Partnerships (Id, Name, ReferencePrefix, ReviewTypeName, DecisionDueMonths, ReportDueMonths, " +
            "AmberWindowDays, RetentionYears, Version, CreatedUtc, UpdatedUtc) VALUES (1, 'Exampleton CSP', 'Exampleton DHR', " +
            "'Domestic Homicide Review', 1, 6, 28, 15, '00000000-0000-0000-0000-000000000001', '2024-01-01 00:00:00', '2024-01-01 00:00:00');";
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
