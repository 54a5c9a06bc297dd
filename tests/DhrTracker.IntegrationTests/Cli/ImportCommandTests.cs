using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Import;

namespace DhrTracker.IntegrationTests.Cli;

/// <summary>
/// <c>dhr import reviews|actions</c> run for real against a SQLite file the command made: usage errors exit 2,
/// a file with errors exits 1 and writes nothing, a good file exits 0. The file-by-file corpus runs elsewhere
/// (the corpus tests); these pin the command line itself.
/// </summary>
public sealed class ImportCommandTests : IAsyncLifetime
{
    private const string Partnership = "Northbridge CSP";
    private const string ReviewsHeader = "reference,date_of_death,date_notified,decision,decision_date,stage,published_on,victim_pseudonym,victim_age,victim_sex,relationship,children_in_household,themes";
    private const string ActionsHeader = "reference,recommendation_number,recommendation,scope,action,owner_agency,lead_officer,target_date,status,completed_on,outcome";

    private readonly CliRunner cli = new();
    private readonly string files = Directory.CreateTempSubdirectory("dhr-import-").FullName;

    private Task<int> Run(params string[] args) => cli.RunAsync(args);

    public async ValueTask InitializeAsync()
    {
        Assert.Equal(0, await Run("migrate"));
        Assert.Equal(0, await Run("create-partnership", "--name", Partnership, "--prefix", "Northbridge DHR"));
        cli.Output.GetStringBuilder().Clear();
    }

    [Theory]
    [InlineData(new[] { "import", "reviews", "--partnership", Partnership }, "missing FILE: dhr import reviews FILE --partnership NAME")]
    [InlineData(new[] { "import", "actions", "plan.csv" }, "missing --partnership")]
    [InlineData(new[] { "import", "actions", "plan.csv", "--partnership", Partnership, "--skip-existing" }, "--skip-existing is an option of 'dhr import reviews' only.")]
    [InlineData(new[] { "import", "reviews", "a.csv", "b.csv", "--partnership", Partnership }, "unexpected argument 'b.csv'")]
    [InlineData(new[] { "import", "reviews", "a.csv", "--partnership", Partnership, "--prefix", "X" }, "import reviews takes --partnership NAME, --skip-existing and --dry-run, not --prefix.")]
    [InlineData(new[] { "import", "plans", "a.csv" }, "unknown command 'import plans'")]
    [InlineData(new[] { "audit", "verify", "--skip-existing" }, "--skip-existing is an option of 'dhr import reviews' only.")]
    [InlineData(new[] { "retention", "run", "a.csv" }, "unexpected argument 'a.csv'")]
    public async Task Usage_errors_exit_2_with_a_clear_message_and_write_nothing(string[] args, string message)
    {
        Assert.Equal(2, await Run(args));

        Assert.Contains(message, cli.Error.ToString());
        await AssertNothingImportedAsync();
    }

    [Fact]
    public async Task A_file_that_is_not_there_is_a_usage_error()
    {
        var path = Path.Combine(files, "missing.csv");

        Assert.Equal(2, await Run("import", "reviews", path, "--partnership", Partnership));

        Assert.Equal($"dhr: No file at '{path}'.", cli.Error.ToString().TrimEnd());
        await AssertNothingImportedAsync();
    }

    [Fact]
    public async Task An_unknown_partnership_is_a_usage_error_named_as_given()
    {
        var path = Write("reviews.csv", ReviewsHeader, GoodReviewRows[0]);

        Assert.Equal(2, await Run("import", "reviews", path, "--partnership", "Nowhere CSP"));

        Assert.Equal("dhr: No partnership is called 'Nowhere CSP'.", cli.Error.ToString().TrimEnd());
        await AssertNothingImportedAsync();
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_by_its_size_with_exit_1()
    {
        var path = Path.Combine(files, "huge.csv");
        await using (var huge = File.Create(path))
        {
            huge.SetLength(ImportLimits.MaxBytes + 1);
        }

        Assert.Equal(1, await Run("import", "reviews", path, "--partnership", Partnership));

        Assert.Equal("File: The file is 10.1 MB, larger than the 10 MB limit. Split it into smaller files and import each one.", cli.Error.ToString().TrimEnd());
        Assert.Equal("import: nothing written; 1 error in huge.csv", LastLine());
        await AssertNothingImportedAsync();
    }

    [Fact]
    public async Task A_good_reviews_file_is_imported_with_its_preview_printed_and_one_import_entry()
    {
        var path = Write("reviews.csv", [ReviewsHeader, .. GoodReviewRows]);

        Assert.Equal(0, await Run("import", "reviews", path, "--partnership", "northbridge csp"));

        Assert.Equal(
        [
            $"import: reviews from reviews.csv into {Partnership}",
            "3 rows: 2 reviews, 3 victims",
            "Reviews (2):",
            "  Northbridge DHR 2019-01: Hold a review (25 Apr 2019), Action plan monitoring, 2 victims",
            "  Northbridge DHR 2021-02: Pending, Notified, 1 victim",
            "import: 2 reviews, 3 victims imported from reviews.csv",
        ], OutputLines());
        Assert.Empty(cli.Error.ToString());
        await using var db = cli.Open();
        Assert.Equal(["Northbridge DHR 2019-01", "Northbridge DHR 2021-02"], await db.Reviews.OrderBy(r => r.Reference).Select(r => r.Reference).ToListAsync());
        Assert.Equal(3, await db.Victims.CountAsync());
        Assert.Equal("dhr-command", (await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.Import)).UserId);
        Assert.Equal(0, await Run("audit", "verify"));
    }

    [Fact]
    public async Task A_dry_run_prints_the_same_preview_exits_0_and_writes_nothing_but_its_audit_entry()
    {
        var path = Write("reviews.csv", [ReviewsHeader, .. GoodReviewRows]);

        Assert.Equal(0, await Run("import", "reviews", path, "--partnership", Partnership, "--dry-run"));

        var lines = OutputLines();
        Assert.Equal($"import: reviews from reviews.csv into {Partnership} (dry run: nothing is written)", lines[0]);
        Assert.Contains("  Northbridge DHR 2019-01: Hold a review (25 Apr 2019), Action plan monitoring, 2 victims", lines);
        Assert.Equal("import: 2 reviews, 3 victims would be imported from reviews.csv. Run without --dry-run to import them.", lines[^1]);
        await AssertNothingImportedAsync();
        await using var db = cli.Open();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ImportPreview));
    }

    [Fact]
    public async Task A_file_with_errors_exits_1_prints_every_error_on_stderr_and_writes_nothing()
    {
        var path = Write("reviews.csv", ReviewsHeader, GoodReviewRows[0],
            "Northbridge DHR 2019-01,2019-03-14,2019-03-20,hold,2019-04-25,,2020-11-02,Adult B,forty,female,parent,2,Coercive control;economic abuse",
            "Northbridge DHR 2021-02,2021-06-01,2021-06-04,pending,,,,Adult C,45,man,ex_partner,0,");

        Assert.Equal(1, await Run("import", "reviews", path, "--partnership", Partnership));

        var errors = cli.Error.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Contains(errors, e => e.StartsWith("Row 3, column victim_age, value \"forty\": ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Row 4, column victim_sex, value \"man\": ", StringComparison.Ordinal));
        Assert.Equal($"import: nothing written; {errors.Length} errors in reviews.csv", LastLine());
        await AssertNothingImportedAsync();
    }

    [Fact]
    public async Task A_reference_already_in_the_register_is_an_error_unless_skip_existing_is_given()
    {
        var path = Write("reviews.csv", [ReviewsHeader, .. GoodReviewRows]);
        Assert.Equal(0, await Run("import", "reviews", path, "--partnership", Partnership));
        var more = Write("more.csv", [ReviewsHeader, .. GoodReviewRows,
            "Northbridge DHR 2022-07,2022-02-10,2022-02-14,not_hold,2022-03-30,,,Adult D,29,female,spouse,1,"]);
        cli.Output.GetStringBuilder().Clear();

        Assert.Equal(1, await Run("import", "reviews", more, "--partnership", Partnership));
        var errors = cli.Error.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Contains(errors, e => e.Contains("\"Northbridge DHR 2019-01\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("\"Northbridge DHR 2021-02\"", StringComparison.Ordinal));
        Assert.Equal($"import: nothing written; {errors.Length} errors in more.csv", LastLine());

        cli.Output.GetStringBuilder().Clear();
        Assert.Equal(0, await Run("import", "reviews", more, "--partnership", Partnership, "--skip-existing"));
        var lines = OutputLines();
        Assert.Equal(["Skipped, already in the register (2):", "  Northbridge DHR 2019-01", "  Northbridge DHR 2021-02"],
            lines.SkipWhile(l => !l.StartsWith("Skipped", StringComparison.Ordinal)).Take(3));
        Assert.Equal("import: 1 review, 1 victim imported from more.csv; skipped 2 already in the register", lines[^1]);
        await using var db = cli.Open();
        Assert.Equal(3, await db.Reviews.CountAsync());
    }

    [Fact]
    public async Task An_action_plan_imports_onto_an_imported_review_with_complete_actions_signed_off_before_import()
    {
        Assert.Equal(0, await Run("import", "reviews", Write("reviews.csv", [ReviewsHeader, .. GoodReviewRows]), "--partnership", Partnership));
        var plan = Write("plan.csv", ActionsHeader,
            "Northbridge DHR 2019-01,1,Agencies review how they respond to disclosures.,multi_agency,Deliver refreshed training.,police,Training lead,2021-06-30,complete,2021-05-28,All staff trained.",
            "Northbridge DHR 2019-01,1,Agencies review how they respond to disclosures.,multi_agency,Add a routine enquiry prompt.,GP,Practice manager,2021-09-30,in_progress,,",
            "Northbridge DHR 2019-01,2,\"Commissioners fund a specialist worker; report yearly.\",national,Publish the funding decision.,Housing,Head of housing,2022-03-31,not_started,,");
        cli.Output.GetStringBuilder().Clear();

        Assert.Equal(0, await Run("import", "actions", plan, "--partnership", Partnership));

        var lines = OutputLines();
        Assert.Equal([$"import: action plans from plan.csv into {Partnership}", "3 rows: 2 recommendations, 3 actions", "Actions (3):"], lines.Take(3));
        Assert.Equal("  Northbridge DHR 2019-01 1.1 (Police, target 30 Jun 2021, Complete 28 May 2021): Deliver refreshed training.", lines[3]);
        Assert.Equal("import: 2 recommendations, 3 actions imported from plan.csv", lines[^1]);
        await using var db = cli.Open();
        var actions = await db.Actions.OrderBy(a => a.TargetDate).Select(a => new { a.Status, a.SignedOffBeforeImport, a.SignedOffByUserId }).ToListAsync();
        Assert.Equal([ActionStatus.Complete, ActionStatus.InProgress, ActionStatus.NotStarted], actions.Select(a => a.Status));
        Assert.Equal([true, false, false], actions.Select(a => a.SignedOffBeforeImport));
        Assert.All(actions, a => Assert.Null(a.SignedOffByUserId));
    }

    private static readonly string[] GoodReviewRows =
    [
        "Northbridge DHR 2019-01,2019-03-14,2019-03-20,hold,2019-04-25,,2020-11-02,Adult A,34,female,partner,2,Coercive control;economic abuse",
        "Northbridge DHR 2019-01,2019-03-14,2019-03-20,hold,2019-04-25,,2020-11-02,Adult B,61,female,parent,2,Coercive control;economic abuse",
        "Northbridge DHR 2021-02,2021-06-01,2021-06-04,pending,,,,Adult C,45,male,ex_partner,0,",
    ];

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(files, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    private string[] OutputLines() => cli.Output.ToString().TrimEnd().Split(Environment.NewLine);

    private string LastLine() => OutputLines()[^1];

    private async Task AssertNothingImportedAsync()
    {
        await using var db = cli.Open();
        Assert.Equal((0, 0, 0), (await db.Reviews.CountAsync(), await db.Victims.CountAsync(), await db.Actions.CountAsync()));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.Import && a.Outcome == AuditOutcome.Succeeded));
    }

    public ValueTask DisposeAsync()
    {
        cli.Dispose();
        Directory.Delete(files, recursive: true);
        return ValueTask.CompletedTask;
    }
}
