using DhrTracker.Core.Audit;
using DhrTracker.Core.Identity;
using DhrTracker.IntegrationTests.National;

namespace DhrTracker.IntegrationTests.Cli;

/// <summary>
/// <c>dhr import national FOLDER</c> run for real: a good folder exits 0 with its counts, a broken one exits 1
/// listing every problem and changes nothing, a wrong command line exits 2.
/// </summary>
public sealed class NationalCommandTests : IAsyncLifetime
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

    private async Task<(int Incidents, int Sets)> CountsAsync()
    {
        await using var db = cli.Open();
        return (await db.NationalIncidents.CountAsync(), await db.NationalDataSets.CountAsync());
    }

    [Fact]
    public async Task A_good_folder_loads_with_exit_0_and_its_counts()
    {
        using var folder = new DhrdFolder();

        Assert.Equal(0, await cli.RunAsync("import", "national", folder.Path));

        Assert.Equal("national: loaded 647 incidents, 619 victims and 647 perpetrators; the previous national data was replaced.", cli.Output.ToString().TrimEnd());
        Assert.Equal("", cli.Error.ToString());
        Assert.Equal((647, 1), await CountsAsync());
        await using var db = cli.Open();
        var set = await db.NationalDataSets.SingleAsync();
        Assert.Equal(DhrCommandIdentity.UserId, set.LoadedByUserId);
        var audit = await db.AuditEntries.SingleAsync(e => e.EntityType == "NationalData");
        Assert.Equal((AuditActions.Import, DhrCommandIdentity.UserId), (audit.Action, audit.UserId));
    }

    [Fact]
    public async Task A_broken_folder_exits_1_listing_every_problem_and_leaves_the_loaded_data()
    {
        using (var good = new DhrdFolder())
        {
            Assert.Equal(0, await cli.RunAsync("import", "national", good.Path));
        }

        using var folder = new DhrdFolder();
        folder.Delete("perpetrators.csv");
        folder.Set("victims.csv", 3, "victim_suicide", "Maybe");
        folder.Set("incidents.csv", 1, "familial_homicide", "familial");

        Assert.Equal(1, await cli.RunAsync("import", "national", folder.Path));

        var errors = cli.Error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
        [
            "dhr: Nothing was loaded: 3 problems found; the national data already loaded is unchanged.",
            "dhr: incidents.csv, column familial_homicide: is missing from the header row (a renamed column counts as missing).",
            "dhr: perpetrators.csv: is missing: the national data is incidents.csv, victims.csv and perpetrators.csv, all three together.",
            "dhr: victims.csv, row 3, column victim_suicide, value \"Maybe\": must be True, False or empty (not known).",
        ], errors);
        Assert.Equal((647, 1), await CountsAsync());
    }

    [Theory]
    [InlineData(new[] { "import", "national" }, "missing FOLDER: dhr import national FOLDER")]
    [InlineData(new[] { "import", "national", "/no/such/folder" }, "No folder at '/no/such/folder'.")]
    [InlineData(new[] { "import", "national", "/tmp", "--partnership", "Northbridge CSP" }, "import national takes a FOLDER only, not --partnership.")]
    [InlineData(new[] { "import", "national", "/tmp", "--dry-run" }, "--dry-run is an option of")]
    public async Task A_wrong_command_line_exits_2_and_loads_nothing(string[] args, string message)
    {
        Assert.Equal(2, await cli.RunAsync(args));

        Assert.Contains(message, cli.Error.ToString());
        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task The_help_names_the_command()
    {
        Assert.Equal(0, await cli.RunAsync("--help"));

        Assert.Contains("import national FOLDER", cli.Output.ToString());
    }
}
