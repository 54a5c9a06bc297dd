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

        Assert.StartsWith("File: The file is 10.1 MB; files over 10 MB are refused before reading.", cli.Error.ToString());
        Assert.Equal("import: nothing written; 1 error in huge.csv", LastLine());
        await AssertNothingImportedAsync();
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

    private string LastLine() => cli.Output.ToString().TrimEnd().Split(Environment.NewLine)[^1];

    private async Task AssertNothingImportedAsync()
    {
        await using var db = cli.Open();
        Assert.Equal((0, 0, 0), (await db.Reviews.CountAsync(), await db.Victims.CountAsync(), await db.Actions.CountAsync()));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.Import));
    }

    public ValueTask DisposeAsync()
    {
        cli.Dispose();
        Directory.Delete(files, recursive: true);
        return ValueTask.CompletedTask;
    }
}
