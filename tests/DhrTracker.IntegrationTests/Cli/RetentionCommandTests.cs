using DhrTracker.Core.Audit;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Cli;

/// <summary>
/// <c>dhr retention run</c> for real, on the real clock, against a SQLite file the command made: one review long
/// past the default 15 years, one as old but under legal hold, one closed a year ago.
/// </summary>
public sealed class RetentionCommandTests : IAsyncLifetime
{
    private static readonly DateOnly LongAgo = new(2001, 3, 3);
    private readonly CliRunner cli = new();
    private DateOnly lastYear;

    public async ValueTask InitializeAsync()
    {
        Assert.Equal(0, await cli.RunAsync("migrate"));
        Assert.Equal(0, await cli.RunAsync("create-partnership", "--name", "Northbridge CSP", "--prefix", "Northbridge DHR"));
        lastYear = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1);
        await using var db = cli.Open();
        var partnership = await db.Partnerships.Select(p => p.Id).SingleAsync();
        db.Reviews.AddRange(
            Closed(partnership, "Northbridge DHR1", LongAgo),
            Closed(partnership, "Northbridge DHR2", LongAgo, hold: "Inquest pending"),
            Closed(partnership, "Northbridge DHR3", lastYear));
        await db.SaveChangesAsync();
        cli.Output.GetStringBuilder().Clear();
    }

    [Fact]
    public async Task R21_a_dry_run_lists_what_is_due_and_what_is_held_in_uk_dates_and_removes_nothing()
    {
        Assert.Equal(0, await cli.RunAsync("retention", "run", "--dry-run"));

        var lines = cli.Output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^retention: dry run on \d{1,2} [A-Z][a-z]{2} \d{4} \(nothing is removed\)$", lines[0]);
        Assert.Equal(
        [
            "Due for removal (1):",
            "  Northbridge DHR1 (Northbridge CSP): Closed 3 Mar 2001; kept 15 years to 3 Mar 2016 (partnership retention period)",
            "Kept under legal hold (1):",
            "  Northbridge DHR2 (Northbridge CSP): Closed 3 Mar 2001; kept 15 years to 3 Mar 2016 (partnership retention period); Legal hold: Inquest pending (since 1 Jan 2026)",
            "retention: 1 due for removal, 1 kept under legal hold. Run without --dry-run to remove them.",
        ], lines.Skip(1));
        Assert.Empty(cli.Error.ToString());
        await using var db = cli.Open();
        Assert.Equal(3, await db.Reviews.CountAsync());
    }

    [Fact]
    public async Task R21_a_run_removes_the_due_review_keeps_the_others_and_audits_as_the_installation()
    {
        Assert.Equal(0, await cli.RunAsync("retention", "run"));

        Assert.Contains("Removed (1):", cli.Output.ToString());
        Assert.Contains("retention: 1 removed, 1 kept under legal hold, 0 failed.", cli.Output.ToString());
        await using var db = cli.Open();
        Assert.Equal(["Northbridge DHR2", "Northbridge DHR3"], await db.Reviews.OrderBy(r => r.Reference).Select(r => r.Reference).ToListAsync());
        Assert.Equal("dhr-command", (await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.Purge)).UserId);
        Assert.Equal(0, await cli.RunAsync("audit", "verify"));
    }

    [Theory]
    [InlineData(new[] { "retention", "run", "--partnership", "Northbridge CSP" }, "retention run takes only --dry-run")]
    [InlineData(new[] { "retention", "run", "now" }, "unexpected argument 'now'")]
    [InlineData(new[] { "retention" }, "unknown command 'retention'")]
    [InlineData(new[] { "list-users", "--dry-run" }, "--dry-run is an option of 'dhr retention run', 'dhr import reviews' and 'dhr import actions' only")]
    public async Task R21_usage_errors_exit_2_with_a_clear_message(string[] args, string message)
    {
        Assert.Equal(2, await cli.RunAsync(args));

        Assert.Contains(message, cli.Error.ToString());
        await using var db = cli.Open();
        Assert.Equal(3, await db.Reviews.CountAsync());
    }

    private static Review Closed(int partnership, string reference, DateOnly closed, string? hold = null) => new()
    {
        Id = Guid.NewGuid(),
        PartnershipId = partnership,
        Reference = reference,
        DateOfDeath = closed.AddYears(-2),
        DateNotified = closed.AddYears(-2).AddDays(3),
        Stage = ReviewStage.Closed,
        Decision = ReviewDecision.Hold,
        ClosedDate = closed,
        LegalHoldReason = hold,
        LegalHoldSince = hold is null ? null : new DateOnly(2026, 1, 1),
        CreatedByUserId = "synthetic",
    };

    public ValueTask DisposeAsync()
    {
        cli.Dispose();
        return ValueTask.CompletedTask;
    }
}
