namespace DhrTracker.IntegrationTests.Cli;

/// <summary><c>dhr audit verify</c> run for real against a SQLite file the command itself wrote.</summary>
public sealed class AuditCommandTests : IAsyncLifetime
{
    private readonly CliRunner cli = new();

    public async ValueTask InitializeAsync()
    {
        Assert.Equal(0, await cli.RunAsync("migrate"));
        Assert.Equal(0, await cli.RunAsync("create-partnership", "--name", "Northbridge CSP", "--prefix", "Northbridge DHR"));
        Assert.Equal(0, await cli.RunAsync("create-user", "--email", "one@example.org", "--role", "Coordinator", "--partnership", "Northbridge CSP"));
        Assert.Equal(0, await cli.RunAsync("create-user", "--email", "two@example.org", "--role", "Manager", "--partnership", "Northbridge CSP"));
        cli.Output.GetStringBuilder().Clear();
    }

    [Fact]
    public async Task Verify_reports_every_entry_and_an_intact_chain()
    {
        await using var db = cli.Open();
        var entries = await db.AuditEntries.CountAsync();
        Assert.True(entries >= 2, "creating two accounts is audited");

        Assert.Equal(0, await cli.RunAsync("audit", "verify"));

        Assert.StartsWith($"audit: {entries} entries, chain intact", cli.Output.ToString());
    }

    [Fact]
    public async Task Verify_exits_1_naming_the_entry_someone_changed_behind_the_triggers()
    {
        await using (var db = cli.Open())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditEntries_refuse_update");
            await db.AuditEntries.Where(a => a.Sequence == 1).ExecuteUpdateAsync(s => s.SetProperty(a => a.Detail, "nothing to see"));
        }

        Assert.Equal(1, await cli.RunAsync("audit", "verify"));

        Assert.Contains("entry 1 ", cli.Error.ToString());
        Assert.Contains("was changed", cli.Error.ToString());
    }

    public ValueTask DisposeAsync()
    {
        cli.Dispose();
        return ValueTask.CompletedTask;
    }
}
