using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DhrTracker.IntegrationTests.Data;

/// <summary>
/// ADR 0388 on an installed database: findings recorded with free-text agencies before FindingAgencyFromRegister
/// name the register agency after the upgrade where the text agrees with its name (trimmed, ignoring case), keep
/// their text as "needs resolving" where it does not, and get their text back if the migration is reversed.
/// </summary>
public sealed class FindingAgencyUpgradeTests : IDisposable
{
    private const string Migration = "_FindingAgencyFromRegister";
    private readonly string file = Path.Combine(Path.GetTempPath(), $"dhr-upgrade-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Agreeing_text_names_the_register_agency_and_the_rest_waits_to_be_resolved_and_down_gives_the_text_back()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=false").Configure(options);
        string previous;
        await using (var before = new AppDbContext(options.Options))
        {
            previous = before.Database.GetMigrations().TakeWhile(m => !m.EndsWith(Migration, StringComparison.Ordinal)).Last();
            await before.GetService<IMigrator>().MigrateAsync(previous);
        }

        var (matching, variant, otherPartnerships) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=false"))
        {
            await connection.OpenAsync();
            await OldSchemaRows.EnsurePartnershipAsync(connection);
            await OldSchemaRows.InsertAsync(connection, "Partnerships", new() { ["Id"] = 2, ["Name"] = "Westshire CSP", ["ReferencePrefix"] = "Westshire DHR" });
            await OldSchemaRows.InsertAsync(connection, "Agencies", new() { ["Id"] = 1, ["PartnershipId"] = 1, ["Name"] = "GP", ["IsActive"] = 1 });
            await OldSchemaRows.InsertAsync(connection, "Agencies", new() { ["Id"] = 2, ["PartnershipId"] = 2, ["Name"] = "Housing", ["IsActive"] = 1 });
            var review = Guid.NewGuid().ToString().ToUpperInvariant();
            await OldSchemaRows.InsertAsync(connection, "Reviews", new() { ["Id"] = review, ["PartnershipId"] = 1, ["Reference"] = "Exampleton DHR 1" });
            foreach (var (id, text) in new[] { (matching, "  gp "), (variant, "GP practice"), (otherPartnerships, "Housing") })
            {
                await OldSchemaRows.InsertAsync(connection, "Findings", new()
                {
                    ["Id"] = id.ToString().ToUpperInvariant(),
                    ["ReviewId"] = review,
                    ["Type"] = "MissedOpportunity",
                    ["AgencyName"] = text,
                    ["Narrative"] = "Learning about risk.",
                });
            }
        }

        await using (var after = new AppDbContext(options.Options))
        {
            await after.Database.MigrateAsync();
            var findings = await after.Findings.ToDictionaryAsync(f => f.Id, f => (f.AgencyId, f.AgencyIsOther, f.AgencyName));
            Assert.Equal((1, false, (string?)null), findings[matching]);
            Assert.Equal(((int?)null, false, "GP practice"), findings[variant]);
            // Another partnership's register is not this review's: its "Housing" does not count.
            Assert.Equal(((int?)null, false, "Housing"), findings[otherPartnerships]);
        }

        await using (var back = new AppDbContext(options.Options))
        {
            await back.GetService<IMigrator>().MigrateAsync(previous);
        }

        await using var check = new SqliteConnection($"Data Source={file};Pooling=false");
        await check.OpenAsync();
        await using var read = check.CreateCommand();
        read.CommandText = "SELECT AgencyName FROM Findings ORDER BY AgencyName;";
        var texts = new List<string>();
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                texts.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["GP", "GP practice", "Housing"], texts);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
