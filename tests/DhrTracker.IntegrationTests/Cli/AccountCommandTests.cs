using DhrTracker.Core.Accounts;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Identity;

namespace DhrTracker.IntegrationTests.Cli;

/// <summary>The account commands of <c>dhr</c>, run for real against a SQLite file: exit 0 done, 1 refused or not found, 2 usage.</summary>
public sealed class AccountCommandTests : IAsyncLifetime
{
    private const string Partnership = "Northbridge CSP";
    private readonly CliRunner cli = new();

    private Task<int> Run(params string[] args) => cli.RunAsync(args);

    public async ValueTask InitializeAsync()
    {
        Assert.Equal(0, await Run("migrate"));
        Assert.Equal(0, await Run("create-partnership", "--name", Partnership, "--prefix", "Northbridge DHR"));
        Assert.Equal(0, await Run("create-user", "--email", "admin@example.org", "--role", "Administrator", "--partnership", Partnership, "--name", "Sample Admin"));
        Assert.Equal(0, await Run("create-user", "--email", "lead@example.org", "--role", "AgencyLead", "--partnership", Partnership, "--agency", "Police", "--name", "Sample Lead"));
        cli.Output.GetStringBuilder().Clear();
    }

    [Fact]
    public async Task Create_user_records_that_the_account_came_from_the_dhr_command()
    {
        await using var db = Open();
        var lead = await db.Users.SingleAsync(u => u.Email == "lead@example.org");
        var row = await db.AuditEntries.SingleAsync(a => a.EntityId == lead.Id);

        Assert.Equal((AccountAuditActions.AccountCreated, DhrCommandIdentity.UserId, "Account", "Created with the dhr command: role AgencyLead"),
            (row.Action, row.UserId, row.EntityType, row.Detail));
    }

    [Fact]
    public async Task List_users_prints_a_readable_table_with_uk_dates()
    {
        await using (var db = Open())
        {
            await db.Users.Where(u => u.Email == "lead@example.org")
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.LastSignInUtc, new DateTime(2026, 11, 26, 14, 5, 0)).SetProperty(x => x.TwoFactorEnabled, true));
        }

        Assert.Equal(0, await Run("list-users", "--partnership", "northbridge csp"));

        var lines = cli.Output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^Email\s+Name\s+Roles\s+Agency\s+Status\s+2FA\s+Last sign-in$", lines[0]);
        Assert.Matches(@"^admin@example\.org\s+Sample Admin\s+Administrator\s+-\s+Active\s+no\s+never$", lines[1]);
        Assert.Matches(@"^lead@example\.org\s+Sample Lead\s+AgencyLead\s+Police\s+Active\s+yes\s+26 Nov 2026 14:05$", lines[2]);
        Assert.Equal(lines[0].IndexOf("Status", StringComparison.Ordinal), lines[2].IndexOf("Active", StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_users_of_an_unknown_partnership_is_not_found()
    {
        Assert.Equal(1, await Run("list-users", "--partnership", "Nowhere"));
        Assert.Contains("No partnership is called 'Nowhere'.", cli.Error.ToString());
    }

    [Fact]
    public async Task Disable_then_enable_a_user_is_done_and_audited_as_the_dhr_command()
    {
        Assert.Equal(0, await Run("disable-user", "--email", "LEAD@example.org"));
        Assert.Contains("Disabled lead@example.org; 0 live session(s) ended.", cli.Output.ToString());
        await using (var db = Open())
        {
            Assert.NotNull((await db.Users.SingleAsync(u => u.Email == "lead@example.org")).DisabledUtc);
        }

        Assert.Equal(1, await Run("disable-user", "--email", "lead@example.org"));
        Assert.Contains("This account is already disabled.", cli.Error.ToString());
        Assert.Equal(0, await Run("enable-user", "--email", "lead@example.org"));
        Assert.Equal(1, await Run("enable-user", "--email", "lead@example.org"));
        Assert.Contains("This account is not disabled.", cli.Error.ToString());

        await using var check = Open();
        var lead = await check.Users.SingleAsync(u => u.Email == "lead@example.org");
        Assert.Null(lead.DisabledUtc);
        var rows = await check.AuditEntries.Where(a => a.EntityId == lead.Id && a.Outcome == AuditOutcome.Succeeded).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AccountAuditActions.AccountCreated, AccountAuditActions.AccountDisabled, AccountAuditActions.AccountEnabled], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal(DhrCommandIdentity.UserId, r.UserId));
    }

    [Fact]
    public async Task The_last_active_administrator_cannot_be_disabled_from_the_command_line_either()
    {
        Assert.Equal(1, await Run("disable-user", "--email", "admin@example.org"));

        Assert.Contains("last active Administrator", cli.Error.ToString());
        await using var db = Open();
        Assert.Null((await db.Users.SingleAsync(u => u.Email == "admin@example.org")).DisabledUtc);
    }

    [Fact]
    public async Task Reset_mfa_turns_two_factor_off()
    {
        await using (var db = Open())
        {
            await db.Users.Where(u => u.Email == "lead@example.org").ExecuteUpdateAsync(u => u.SetProperty(x => x.TwoFactorEnabled, true));
        }

        Assert.Equal(0, await Run("reset-mfa", "--email", "lead@example.org"));

        Assert.Contains("Two-factor authentication reset for lead@example.org", cli.Output.ToString());
        await using var check = Open();
        Assert.False((await check.Users.SingleAsync(u => u.Email == "lead@example.org")).TwoFactorEnabled);
    }

    [Theory]
    [InlineData("disable-user")]
    [InlineData("enable-user")]
    [InlineData("reset-mfa")]
    public async Task An_unknown_email_is_not_found_and_a_missing_one_is_a_usage_error(string command)
    {
        Assert.Equal(1, await Run(command, "--email", "nobody@example.org"));
        Assert.Contains("No account uses the email address 'nobody@example.org'.", cli.Error.ToString());

        Assert.Equal(2, await Run(command));
        Assert.Contains("missing --email", cli.Error.ToString());
    }

    [Fact]
    public async Task The_usage_text_lists_the_account_commands()
    {
        Assert.Equal(0, await Run("--help"));

        foreach (var command in new[] { "list-users", "disable-user --email E", "enable-user --email E", "reset-mfa --email E", "Exit codes: 0 done, 1 refused or not found, 2 usage error" })
        {
            Assert.Contains(command, cli.Output.ToString());
        }
    }

    private AppDbContext Open() => cli.Open();

    public ValueTask DisposeAsync()
    {
        cli.Dispose();
        return ValueTask.CompletedTask;
    }
}
