using DhrTracker.Core.Identity;

namespace DhrTracker.IntegrationTests.Cli;

/// <summary>Runs the real <c>dhr</c> command against a SQLite file, as an operator would.</summary>
public sealed class CliTests : IDisposable
{
    private readonly CliRunner cli = new();

    private Task<int> Run(params string[] args) => cli.RunAsync(args);

    [Fact]
    public async Task Migrate_then_create_partnership_and_user_reach_the_same_database()
    {
        Assert.Equal(0, await Run("migrate"));
        Assert.Equal(0, await Run("create-partnership", "--name", "Northbridge CSP", "--prefix", "Northbridge DHR"));
        Assert.Equal(0, await Run("create-user", "--email", "lead@example.org", "--role", "coordinator", "--partnership", "northbridge csp"));

        Assert.Contains("Password (shown once", cli.Output.ToString());
        await using var db = Open();
        var user = await db.Users.SingleAsync(u => u.Email == "lead@example.org");
        var partnership = await db.Partnerships.SingleAsync();
        Assert.Equal(("Northbridge CSP", "Northbridge DHR", partnership.Id), (partnership.Name, partnership.ReferencePrefix, user.PartnershipId));
        var role = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync();
        Assert.Equal(Roles.Coordinator, role);
    }

    /// <summary>
    /// Development validates every registration when the host starts: the command once crashed there
    /// because nothing stood in for the web app's mail. An operator loading demo history runs it so.
    /// </summary>
    [Fact]
    public async Task The_command_runs_in_the_Development_environment_too()
    {
        using var development = new CliRunner { Environment = "Development" };

        Assert.Equal(0, await development.RunAsync("migrate"));
        Assert.Equal(0, await development.RunAsync("create-partnership", "--name", "Northbridge CSP", "--prefix", "Northbridge DHR"));
        Assert.Equal("", development.Error.ToString());
    }

    [Theory]
    [InlineData(new[] { "create-user", "--email", "x@example.org" }, "missing --role")]
    [InlineData(new[] { "create-partnership", "--name" }, "needs a value")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "create-partnership", "stray" }, "unexpected argument 'stray'")]
    public async Task Bad_arguments_fail_with_a_clear_message(string[] args, string message)
    {
        Assert.NotEqual(0, await Run(args));
        Assert.Contains(message, cli.Error.ToString());
    }

    [Fact]
    public async Task Unknown_role_or_partnership_is_refused_and_nothing_is_created()
    {
        Assert.Equal(0, await Run("migrate"));
        Assert.Equal(1, await Run("create-user", "--email", "a@example.org", "--role", "Chief", "--partnership", "X"));
        Assert.Equal(1, await Run("create-user", "--email", "b@example.org", "--role", "Manager", "--partnership", "Nowhere"));
        Assert.Equal(1, await Run("create-user", "--email", "c@example.org", "--role", "Manager"));

        Assert.Contains("Role 'Chief' does not exist", cli.Error.ToString());
        Assert.Contains("No partnership is called 'Nowhere'", cli.Error.ToString());
        Assert.Contains("must belong to a partnership", cli.Error.ToString());
        await using var db = Open();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task A_weak_password_from_the_environment_is_refused_by_the_password_rules()
    {
        Assert.Equal(0, await Run("migrate"));
        Environment.SetEnvironmentVariable("DHR_PASSWORD", "short");
        try
        {
            Assert.Equal(1, await Run("create-user", "--email", "admin@example.org", "--role", "Administrator"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("DHR_PASSWORD", null);
        }

        Assert.Contains("--password:", cli.Error.ToString());
        await using var db = Open();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    private AppDbContext Open() => cli.Open();

    public void Dispose() => cli.Dispose();
}
