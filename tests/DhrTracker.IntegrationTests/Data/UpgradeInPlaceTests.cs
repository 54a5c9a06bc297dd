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

    /// <summary>Writes a review and its victim into the old tables (<see cref="OldSchemaRows"/>).</summary>
    private async Task InsertOldVictimAsync(Guid id, bool deathBySuicide)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=false");
        await connection.OpenAsync();
        await OldSchemaRows.EnsurePartnershipAsync(connection);
        var review = Guid.NewGuid().ToString().ToUpperInvariant();
        await OldSchemaRows.InsertAsync(connection, "Reviews", new() { ["Id"] = review, ["PartnershipId"] = 1, ["Reference"] = $"Exampleton DHR {review[..8]}" });
        var victim = new Dictionary<string, object> { ["Id"] = id.ToString().ToUpperInvariant(), ["ReviewId"] = review, ["AgeAtDeath"] = 40 };
        victim["DeathBySuicide"] = deathBySuicide ? 1 : 0;
        await OldSchemaRows.InsertAsync(connection, "Victims", victim);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
