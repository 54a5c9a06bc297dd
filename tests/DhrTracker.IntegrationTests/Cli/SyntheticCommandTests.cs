using DhrTracker.Core.Audit;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Synthetic;

namespace DhrTracker.IntegrationTests.Cli;

/// <summary>
/// <c>dhr seed-synthetic</c> run for real: a good command line exits 0 saying what it wrote and how fast, a wrong one
/// exits 2, a refused one exits 1, and a killed run leaves the database empty.
/// </summary>
public sealed class SyntheticCommandTests : IAsyncLifetime
{
    private readonly CliRunner cli = new();

    public async ValueTask InitializeAsync()
    {
        Assert.Equal(0, await cli.RunAsync("migrate"));
        cli.Output.GetStringBuilder().Clear();
    }

    public ValueTask DisposeAsync()
    {
        cli.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<(int Partnerships, int Reviews)> CountsAsync()
    {
        await using var db = cli.Open();
        return (await db.Partnerships.CountAsync(), await db.Reviews.CountAsync());
    }

    [Fact]
    public async Task Seeding_exits_0_reporting_the_counts_and_the_rate_and_is_audited()
    {
        Assert.Equal(0, await cli.RunAsync("seed-synthetic", "--partnerships", "2", "--reviews", "30", "--seed", "5"));

        Assert.Equal("", cli.Error.ToString());
        Assert.Matches(@"^seed-synthetic: seed 5: 2 partnerships, 30 reviews, \d+ victims, [\d,]+ findings, [\d,]+ recommendations, [\d,]+ actions "
            + @"\([\d,]+ rows\) in \d+\.\d s \([\d,]+ rows a second\)\.$", cli.Output.ToString().TrimEnd());
        Assert.Equal((2, 30), await CountsAsync());
        await using var db = cli.Open();
        var audit = await db.AuditEntries.SingleAsync(e => e.EntityType == SyntheticSeeder.Entity);
        Assert.Equal((AuditActions.Create, DhrCommandIdentity.UserId, "5"), (audit.Action, audit.UserId, audit.EntityId));
        Assert.All(await db.Partnerships.Select(p => p.Name).ToListAsync(), n => Assert.EndsWith(" (synthetic)", n));
    }

    [Theory]
    [InlineData(new[] { "seed-synthetic", "--partnerships", "ten", "--reviews", "30", "--seed", "1" },
        "dhr: --partnerships must be a whole number, for example --partnerships 10, not 'ten'.")]
    [InlineData(new[] { "seed-synthetic", "--partnerships", "2", "--reviews", "3.5", "--seed", "1" },
        "dhr: --reviews must be a whole number, for example --reviews 3000, not '3.5'.")]
    [InlineData(new[] { "seed-synthetic", "--partnerships", "2", "--reviews", "30" }, "dhr: missing --seed. Run 'dhr --help' for usage.")]
    [InlineData(new[] { "seed-synthetic", "--partnerships", "2", "--reviews", "30", "--seed", "1", "--name", "x" },
        "dhr: seed-synthetic takes --partnerships N, --reviews N and --seed S, not --name.")]
    [InlineData(new[] { "seed-synthetic", "--partnerships", "2", "--reviews", "30", "--seed", "1", "--dry-run" },
        "dhr: --dry-run is an option of 'dhr retention run', 'dhr import reviews' and 'dhr import actions' only.")]
    public async Task A_wrong_command_line_exits_2_saying_what_is_wrong_and_writes_nothing(string[] args, string message)
    {
        Assert.Equal(2, await cli.RunAsync(args));

        Assert.Equal(message, cli.Error.ToString().TrimEnd());
        Assert.Equal((0, 0), await CountsAsync());
    }

    [Theory]
    [InlineData("0", "30", "dhr: --partnerships: must be from 1 to 1,000, not 0.")]
    [InlineData("4", "3", "dhr: --reviews: must be at least the number of partnerships (4): every synthetic partnership has at least one review.")]
    [InlineData("2", "-1", "dhr: --reviews: must be from 1 to 100,000, not -1.")]
    public async Task Counts_out_of_range_exit_1_in_plain_English(string partnerships, string reviews, string message)
    {
        Assert.Equal(1, await cli.RunAsync("seed-synthetic", "--partnerships", partnerships, "--reviews", reviews, "--seed", "1"));

        Assert.Equal(message, cli.Error.ToString().TrimEnd());
        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task A_database_with_real_partnerships_exits_1_and_is_left_alone()
    {
        Assert.Equal(0, await cli.RunAsync("create-partnership", "--name", "Real Community Safety Partnership", "--prefix", "Real DHR"));

        Assert.Equal(1, await cli.RunAsync("seed-synthetic", "--partnerships", "2", "--reviews", "30", "--seed", "1"));

        Assert.StartsWith("dhr: This database holds 1 partnership(s) and 0 review(s) that seed-synthetic did not make.", cli.Error.ToString());
        Assert.Equal((1, 0), await CountsAsync());
    }

    [Fact]
    public async Task Seeding_twice_exits_1_saying_to_start_from_a_new_database()
    {
        Assert.Equal(0, await cli.RunAsync("seed-synthetic", "--partnerships", "1", "--reviews", "5", "--seed", "1"));

        Assert.Equal(1, await cli.RunAsync("seed-synthetic", "--partnerships", "1", "--reviews", "5", "--seed", "1"));

        Assert.Contains("already holds synthetic data (1 partnerships, 5 reviews). To seed again, start from a new database", cli.Error.ToString());
        Assert.Equal((1, 5), await CountsAsync());
    }

    /// <summary>
    /// One transaction for the whole seed: a process killed while it writes leaves no partnership and no review behind.
    /// The moment is read from the file system as <c>KillDuringWriteTests</c> reads it: EF Core's SQLite files are in WAL
    /// mode, and the transaction's pages reach the <c>-wal</c> file once they spill from the page cache, long before its commit.
    /// </summary>
    [Fact]
    public async Task A_run_killed_while_writing_leaves_the_database_empty_and_can_be_run_again()
    {
        const long firstFrame = 32 + 24 + 4096;
        var wal = cli.DatabasePath + "-wal";
        using (var process = cli.Start("seed-synthetic", "--partnerships", "5", "--reviews", "3000", "--seed", "1"))
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!(File.Exists(wal) && new FileInfo(wal).Length > firstFrame) && !process.HasExited && waited.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(20);
            }

            if (process.HasExited)
            {
                Assert.Fail("The seed finished before it could be killed: " + await process.StandardOutput.ReadToEndAsync());
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.Equal((0, 0), await CountsAsync());
        Assert.Equal(0, await cli.RunAsync("seed-synthetic", "--partnerships", "1", "--reviews", "5", "--seed", "1"));
        Assert.Equal((1, 5), await CountsAsync());
    }
}
