using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Import;

namespace DhrTracker.IntegrationTests.Import;

/// <summary>Issue 11 "all or nothing": a crash mid-way leaves the database as before; a file too large is refused unread.</summary>
public sealed class ImportAllOrNothingTests(ImportWorlds worlds)
{
    private static readonly string[] ThreeReviews =
    [
        "Northbridge DHR 2019-01,2019-03-14,2019-03-20,hold,2019-04-25,,,Adult A,34,female,partner,2,Coercive control",
        "Northbridge DHR 2019-02,2019-06-01,2019-06-03,hold,2019-07-10,,,Adult B,71,female,spouse,0,",
        "Northbridge DHR 2020-01,2020-02-11,2020-02-18,not_hold,2020-03-30,,,CRASH,29,male,ex_partner,1,",
    ];

    [Fact]
    public async Task A_crash_while_writing_the_last_row_leaves_nothing_of_the_file_and_the_audit_chain_intact()
    {
        await using var world = await worlds.NewAsync(DatabaseProvider.Sqlite);
        await using (var context = world.Db.NewContext())
        {
            // Stands in for a power cut or a killed process: the database refuses the last victim of the file.
            await context.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER import_crash BEFORE INSERT ON \"Victims\" WHEN NEW.\"Pseudonym\" = 'CRASH' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;");
        }

        var request = ImportFiles.Reviews("history.csv", ThreeReviews);
        var imports = world.Db.Get<ImportService>();
        Assert.True(ImportChecks.Ok(await imports.PreviewAsync(request)).CanImport, "the file itself is good; only the database fails");
        var rows = await ImportChecks.CaseRowsAsync(world.Db);

        Result<ImportReport>? result = null;
        var crash = await Record.ExceptionAsync(async () => result = await imports.ImportAsync(request));

        // The import may throw or report the failure; either way it must not claim to have written.
        Assert.True(crash is not null || result?.Value?.Written == false, "the import neither failed nor said so");
        Assert.Equal(rows, await ImportChecks.CaseRowsAsync(world.Db));
        await using (var context = world.Db.NewContext())
        {
            Assert.False(await context.Reviews.AnyAsync(r => r.Reference.StartsWith("Northbridge")));
        }

        await ImportChecks.AssertChainIntactAsync(world.Db);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_50_MB_file_is_refused_by_its_size_before_it_is_read(DatabaseProvider provider)
    {
        await using var world = await worlds.NewAsync(provider);
        var imports = world.Db.Get<ImportService>();
        var rows = await ImportChecks.CaseRowsAsync(world.Db);
        var bytes = ImportFiles.FiftyMegabytes();
        Assert.True(bytes.Length > ImportLimits.MaxBytes);

        // Named .xlsx though it is text: were it read at all, it would also be "not a spreadsheet".
        foreach (var request in new[] { new ImportRequest(ImportKind.Reviews, "history.csv", bytes), new ImportRequest(ImportKind.Reviews, "history.xlsx", bytes) })
        {
            var preview = ImportChecks.Ok(await imports.PreviewAsync(request));
            var report = ImportChecks.Ok(await imports.ImportAsync(request));

            foreach (var r in new[] { preview, report })
            {
                var error = Assert.Single(r.Errors);
                Assert.True(new ExpectedProblem("-", "-", "-", "larger than").Matches(error), error.ToString());
                Assert.Equal((0, false), (r.Reviews.Count, r.Written));
            }
        }

        Assert.Equal(rows, await ImportChecks.CaseRowsAsync(world.Db));
        await using var context = world.Db.NewContext();
        Assert.Equal(2, await context.AuditEntries.CountAsync(a => a.Action == AuditActions.Import));
    }
}
