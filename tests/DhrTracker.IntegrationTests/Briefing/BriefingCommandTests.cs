using System.Text.Json;
using DhrTracker.Cli;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Briefing;
using DhrTracker.Core.Identity;
using DhrTracker.Core.National;
using DhrTracker.Core.Partnerships;
using DhrTracker.IntegrationTests.Cli;
using Microsoft.Extensions.Configuration;

namespace DhrTracker.IntegrationTests.Briefing;

/// <summary>
/// <c>dhr briefing</c> run for real against the database of a <see cref="BriefingWorld"/>, on both providers: the JSON
/// contract of issue 12, each field checked against what the world was built to give; and the command line's errors.
/// </summary>
public sealed class BriefingCommandTests
{
    private static readonly string[] ContractFields =
    [
        "partnership", "from", "to", "reviews", "victims", "reviewsByCategory", "reviewsWithChildrenInHousehold", "themes",
        "goodPracticeFindings", "actions", "national",
    ];

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Other_non_relatives_are_counted_as_other_and_the_added_relationships_in_their_groups(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);
        w.Db.SignInAs(w.Users[Roles.Coordinator]);
        // Imported with the vocabulary issue 13 added: a friend (other), a half-sister (familial), a casual partner.
        await BriefingWorld.ImportAsync(w.Db, Core.Import.ImportKind.Reviews, """
            reference,date_of_death,date_notified,decision,decision_date,victim_pseudonym,victim_age,victim_sex,relationship,children_in_household,themes
            EX 8,2023-02-01,2023-02-10,hold,2023-03-01,Jo,29,female,other_non_relative,0,
            EX 9,2023-02-01,2023-02-11,hold,2023-03-01,Sam,33,male,half_sibling,0,
            EX 10,2023-02-01,2023-02-12,hold,2023-03-01,Alex,41,female,casual_sexual_partner,0,
            """);
        w.Db.SignInAs(null);

        var (exit, output, _) = await RunAsync(w.Db, "briefing", "--partnership", BriefingWorld.Partnership,
            "--from", "2023-01-10", "--to", "2023-06-30", "--format", "json");

        Assert.Equal(0, exit);
        var categories = JsonDocument.Parse(output).RootElement.GetProperty("reviewsByCategory");
        Assert.Equal((2, 2, 1, 1), (categories.GetProperty("partner").GetInt32(), categories.GetProperty("familial").GetInt32(),
            categories.GetProperty("household").GetInt32(), categories.GetProperty("other").GetInt32()));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(TestDatabase db, params string[] args)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = db.Provider.ToString(),
            ["ConnectionStrings:Dhr"] = db.ConnectionString,
            ["environment"] = "Production",
        }).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error, config);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_json_carries_the_contracts_fields_for_the_period(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);

        var (exit, output, error) = await RunAsync(w.Db, "briefing", "--partnership", BriefingWorld.Partnership,
            "--from", "2023-01-10", "--to", "2023-06-30", "--format", "json");

        Assert.Equal((0, ""), (exit, error));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.All(ContractFields, f => Assert.True(root.TryGetProperty(f, out _), $"no field '{f}'"));
        Assert.Equal((BriefingWorld.Partnership, BriefingWorld.Area), (root.GetProperty("partnership").GetString(), root.GetProperty("area").GetString()));
        Assert.Equal(("2023-01-10", "2023-06-30"), (root.GetProperty("from").GetString(), root.GetProperty("to").GetString()));
        Assert.Equal((3, 4, 1, 1), (root.GetProperty("reviews").GetInt32(), root.GetProperty("victims").GetInt32(),
            root.GetProperty("reviewsWithChildrenInHousehold").GetInt32(), root.GetProperty("goodPracticeFindings").GetInt32()));
        var categories = root.GetProperty("reviewsByCategory");
        Assert.Equal((1, 1, 1, 0), (categories.GetProperty("partner").GetInt32(), categories.GetProperty("familial").GetInt32(),
            categories.GetProperty("household").GetInt32(), categories.GetProperty("other").GetInt32()));
        Assert.Equal([("Professional curiosity", 3), ("MARAC", 1), ("Supervision", 1)],
            root.GetProperty("themes").EnumerateArray().Select(t => (t.GetProperty("theme").GetString(), t.GetProperty("reviews").GetInt32())));
        var actions = root.GetProperty("actions");
        Assert.Equal((4, 1, 1), (actions.GetProperty("total").GetInt32(), actions.GetProperty("complete").GetInt32(), actions.GetProperty("overdue").GetInt32()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("national").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("smallNumberThreshold").ValueKind);
        Assert.DoesNotContain("Adult", output, StringComparison.Ordinal);

        await using var context = w.Db.NewContext();
        var row = await context.AuditEntries.SingleAsync(a => a.EntityType == BriefingService.Entity);
        Assert.Equal((DhrCommandIdentity.UserId, AuditOutcome.Succeeded, "period=2023-01-10 to 2023-06-30"), (row.UserId, row.Outcome, row.Detail));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task All_time_has_null_ends_exact_counts_under_a_threshold_and_the_loaded_national_figures(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);
        Assert.True((await w.Db.AsInstallation<NationalDataService>().LoadShippedAsync()).Succeeded);
        w.Db.SignInAs(w.Users[Roles.Administrator]);
        var settings = (await w.Db.Get<PartnershipSettingsService>().GetAsync(w.PartnershipId))!;
        settings.SmallNumberThreshold = 10;
        Assert.True((await w.Db.Get<PartnershipSettingsService>().UpdateAsync(settings)).Succeeded);

        var (exit, output, _) = await RunAsync(w.Db, "briefing", "--partnership", BriefingWorld.Partnership, "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (root.GetProperty("from").ValueKind, root.GetProperty("to").ValueKind));
        Assert.Equal((5, 6, 10), (root.GetProperty("reviews").GetInt32(), root.GetProperty("victims").GetInt32(), root.GetProperty("smallNumberThreshold").GetInt32()));
        var national = root.GetProperty("national");
        await using var context = w.Db.NewContext();
        var incidents = await context.NationalIncidents.Select(i => new { i.IntimatePartnerViolence, i.FamilialHomicide, i.ChildrenPresent, i.CoerciveControl }).ToListAsync();
        static decimal? Percent(IEnumerable<bool?> flags) =>
            flags.Count(f => f is not null) is var known and > 0 ? Math.Round(100m * flags.Count(f => f == true) / known, 1, MidpointRounding.AwayFromZero) : null;
        Assert.True(incidents.Count > 0);
        Assert.Equal(incidents.Count, national.GetProperty("incidents").GetInt32());
        Assert.Equal(Percent(incidents.Select(i => i.IntimatePartnerViolence)), national.GetProperty("partnerPercent").GetDecimal());
        Assert.Equal(Percent(incidents.Select(i => i.FamilialHomicide)), national.GetProperty("familialPercent").GetDecimal());
        Assert.Equal(Percent(incidents.Select(i => i.ChildrenPresent)), national.GetProperty("childrenPresentPercent").GetDecimal());
        Assert.Equal(Percent(incidents.Select(i => i.CoerciveControl)), national.GetProperty("coerciveControlPercent").GetDecimal());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_markdown_is_the_briefing_for_the_period_with_no_pseudonym(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);

        var (exit, output, error) = await RunAsync(w.Db, "briefing", "--partnership", BriefingWorld.Partnership,
            "--from", "2023-01-10", "--to", "2023-06-30", "--format", "markdown");

        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("## Our reviews", output, StringComparison.Ordinal);
        Assert.Contains("There have been 3 Domestic Homicide Reviews in Exampleshire involving the death of 4 victims.", output, StringComparison.Ordinal);
        Assert.Contains("Add a routine enquiry prompt", output, StringComparison.Ordinal);
        Assert.Contains("All call handlers trained.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Adult", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("probation officer asked", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--from", "2023-13-01" }, "--from must be a date written YYYY-MM-DD, for example 2024-04-01, not '2023-13-01'.")]
    [InlineData(new[] { "--to", "30/06/2023" }, "--to must be a date written YYYY-MM-DD, for example 2024-04-01, not '30/06/2023'.")]
    [InlineData(new[] { "--from", "2023-06-30", "--to", "2023-01-10" }, "--to: The end of the period must be on or after its start.")]
    public async Task Bad_dates_or_an_end_before_the_start_exit_2_with_the_reason(string[] period, string message)
    {
        using var cli = new CliRunner();
        Assert.Equal(0, await cli.RunAsync("migrate"));
        Assert.Equal(0, await cli.RunAsync("create-partnership", "--name", BriefingWorld.Partnership, "--prefix", "EX"));
        cli.Output.GetStringBuilder().Clear();

        Assert.Equal(2, await cli.RunAsync(["briefing", "--partnership", BriefingWorld.Partnership, "--format", "json", .. period]));

        Assert.Equal($"dhr: {message}", cli.Error.ToString().TrimEnd());
        Assert.Equal("", cli.Output.ToString());
        await using var db = cli.Open();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityType == BriefingService.Entity));
    }

    [Theory]
    [InlineData(new[] { "briefing", "--format", "json" }, 2, "dhr: missing --partnership. Run 'dhr --help' for usage.")]
    [InlineData(new[] { "briefing", "--partnership", "Nowhere" }, 2, "dhr: missing --format. Run 'dhr --help' for usage.")]
    [InlineData(new[] { "briefing", "--partnership", "Nowhere", "--format", "csv" }, 2, "dhr: --format must be json or markdown, not 'csv'.")]
    [InlineData(new[] { "briefing", "--partnership", "Nowhere", "--format", "json", "--since", "2023-01-01" }, 2,
        "dhr: briefing takes --partnership NAME, --from and --to YYYY-MM-DD and --format json|markdown, not --since.")]
    [InlineData(new[] { "briefing", "--partnership", "Nowhere", "--format", "json" }, 1, "dhr: No partnership is called 'Nowhere'.")]
    public async Task The_command_line_is_checked_and_an_unknown_partnership_exits_1(string[] args, int exit, string message)
    {
        using var cli = new CliRunner();
        Assert.Equal(0, await cli.RunAsync("migrate"));
        cli.Output.GetStringBuilder().Clear();

        Assert.Equal(exit, await cli.RunAsync(args));

        Assert.Equal(message, cli.Error.ToString().TrimEnd());
        Assert.Equal("", cli.Output.ToString());
    }
}
