using DhrTracker.Core.Import;
using DhrTracker.IntegrationTests.Cli;

namespace DhrTracker.IntegrationTests.Import;

/// <summary>
/// Issue 11's corpus through <c>dhr import reviews|actions FILE --partnership NAME [--skip-existing] [--dry-run]</c>
/// over the command's own SQLite file: exit 0 when the file is good, 1 when it has errors (each printed with
/// its row, column, value and rule, and nothing written), 2 for usage errors.
/// </summary>
public sealed class ImportCorpusCommandTests : IAsyncLifetime
{
    private const string Partnership = "Partnership A";
    private readonly CliRunner cli = new();

    public static TheoryData<string> Corpus => CorpusFile.All();

    public async ValueTask InitializeAsync()
    {
        Assert.Equal(0, await cli.RunAsync("migrate"));
        Assert.Equal(0, await cli.RunAsync("create-partnership", "--name", Partnership, "--prefix", "A DHR"));
        Assert.Equal(0, await cli.RunAsync("create-partnership", "--name", "Partnership B", "--prefix", "B DHR"));
    }

    [Theory, MemberData(nameof(Corpus))]
    public async Task A_dry_run_prints_the_preview_and_its_problems_and_writes_nothing(string name)
    {
        var file = await ArrangeAsync(name);
        var before = await CountAsync();

        var exit = await cli.RunAsync([.. Args(file), "--dry-run"]);

        AssertPrinted(file, exit);
        Assert.Equal(before, await CountAsync());
    }

    [Theory, MemberData(nameof(Corpus))]
    public async Task An_import_writes_a_good_file_and_nothing_of_a_file_with_errors(string name)
    {
        var file = await ArrangeAsync(name);
        var before = await CountAsync();

        var exit = await cli.RunAsync(Args(file));

        AssertPrinted(file, exit);
        var expected = file.Expected.HasErrors ? before : before with
        {
            Reviews = before.Reviews + file.Expected.Counts.GetValueOrDefault("reviews"),
            Victims = before.Victims + file.Expected.Counts.GetValueOrDefault("victims"),
            Relationships = before.Relationships + file.Expected.Counts.GetValueOrDefault("victims"),
            Recommendations = before.Recommendations + file.Expected.Counts.GetValueOrDefault("recommendations"),
            Actions = before.Actions + file.Expected.Counts.GetValueOrDefault("actions"),
        };
        Assert.Equal(expected, await CountAsync());
        cli.Output.GetStringBuilder().Clear();
        Assert.Equal(0, await cli.RunAsync("audit", "verify"));
    }

    [Fact]
    public async Task An_unknown_partnership_a_missing_file_and_skip_existing_on_actions_are_usage_errors()
    {
        var good = CorpusFile.Load("reviews/01-good-mixed-decisions.csv");
        var plan = CorpusFile.Load("actions/01-good-plan.csv");

        Assert.Equal(2, await cli.RunAsync("import", "reviews", good.Path, "--partnership", "Partnership Z"));
        Assert.Equal(2, await cli.RunAsync("import", "reviews", Path.Combine(CorpusFile.Root, "reviews", "no-such-file.csv"), "--partnership", Partnership));
        Assert.Equal(2, await cli.RunAsync("import", "reviews", good.Path));
        Assert.Equal(2, await cli.RunAsync("import", "actions", plan.Path, "--partnership", Partnership, "--skip-existing"));
        Assert.Equal(2, await cli.RunAsync("import", "people", good.Path, "--partnership", Partnership));

        Assert.Contains("Partnership Z", cli.Error.ToString());
        Assert.Contains("no-such-file.csv", cli.Error.ToString());
        Assert.Equal(new ImportedRecords(0, 0, 0, 0, 0), await CountAsync());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dhr-import-{Guid.NewGuid():N}.csv");
        try
        {
            await File.WriteAllBytesAsync(path, ImportFiles.FiftyMegabytes(), TestContext.Current.CancellationToken);

            Assert.Equal(1, await cli.RunAsync("import", "reviews", path, "--partnership", Partnership));

            Assert.True(new ExpectedProblem("-", "-", "-", "larger than").AppearsIn(cli.Output + "\n" + cli.Error), cli.Output + "\n" + cli.Error);
            Assert.Equal(new ImportedRecords(0, 0, 0, 0, 0), await CountAsync());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<CorpusFile> ArrangeAsync(string name)
    {
        var file = CorpusFile.Load(name);
        await using (var db = cli.Open())
        {
            var partnership = await db.Partnerships.Where(p => p.Name == Partnership).Select(p => p.Id).SingleAsync();
            await ExistingReview.CreateAllAsync(db, partnership, file.Expected.Existing);
        }

        cli.Output.GetStringBuilder().Clear();
        cli.Error.GetStringBuilder().Clear();
        return file;
    }

    private static string[] Args(CorpusFile file)
    {
        string[] args = ["import", file.Kind == ImportKind.Reviews ? "reviews" : "actions", file.Path, "--partnership", Partnership];
        return file.SkipExisting ? [.. args, "--skip-existing"] : args;
    }

    /// <summary>The exit code fits the file, and every expected problem and skipped reference is printed.</summary>
    private void AssertPrinted(CorpusFile file, int exit)
    {
        var printed = cli.Output + "\n" + cli.Error;
        Assert.True(exit == (file.Expected.HasErrors ? 1 : 0), $"{file.FileName}: exit {exit}\n{printed}");
        foreach (var problem in file.Expected.Errors.Concat(file.Expected.Warnings))
        {
            Assert.True(problem.AppearsIn(printed), $"{file.FileName}: '{problem}' is not printed:\n{printed}");
        }

        foreach (var skipped in file.Expected.Skipped)
        {
            Assert.Contains(skipped, printed, StringComparison.Ordinal);
        }
    }

    private async Task<ImportedRecords> CountAsync()
    {
        await using var db = cli.Open();
        var partnership = await db.Partnerships.Where(p => p.Name == Partnership).Select(p => p.Id).SingleAsync();
        return await ImportedRecords.CountAsync(db, partnership);
    }

    public ValueTask DisposeAsync()
    {
        cli.Dispose();
        return ValueTask.CompletedTask;
    }
}
