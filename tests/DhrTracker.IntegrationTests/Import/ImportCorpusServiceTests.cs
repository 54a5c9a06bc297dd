using DhrTracker.Core.Audit;
using DhrTracker.Core.Import;

namespace DhrTracker.IntegrationTests.Import;

/// <summary>
/// Issue 11's corpus through <see cref="ImportService"/> as partnership A's Coordinator, on every database:
/// the preview is what the file's <c>.expected</c> says and writes only its audit row; the import then
/// writes nothing at all for a file with an error, and exactly what the preview listed for a good one.
/// </summary>
public sealed class ImportCorpusServiceTests(ImportWorlds worlds)
{
    public static TheoryData<DatabaseProvider, string> Corpus => CorpusFile.OnAllDatabases();

    [Theory, MemberData(nameof(Corpus))]
    public async Task Preview_reports_what_the_expected_file_says_and_writes_only_its_audit_row(DatabaseProvider provider, string name)
    {
        var file = CorpusFile.Load(name);
        await using var world = await worlds.NewAsync(provider, file.Expected.Existing);
        var rows = await ImportChecks.CaseRowsAsync(world.Db);
        var sequence = await ImportChecks.LastAuditSequenceAsync(world.Db);

        var preview = ImportChecks.Ok(await world.Db.Get<ImportService>().PreviewAsync(file.Request()));

        file.Expected.AssertMatches(preview, name);
        Assert.False(preview.Written);
        Assert.Equal(!file.Expected.HasErrors, preview.CanImport);
        Assert.Equal(rows, await ImportChecks.CaseRowsAsync(world.Db));
        var audit = Assert.Single(await ImportChecks.AuditSinceAsync(world.Db, sequence));
        Assert.Equal((AuditActions.ImportPreview, ImportService.Entity, world.Coordinator), (audit.Action, audit.EntityType, audit.UserId));
    }

    [Theory, MemberData(nameof(Corpus))]
    public async Task Import_writes_nothing_for_a_file_with_errors_and_what_the_preview_listed_for_a_good_one(DatabaseProvider provider, string name)
    {
        var file = CorpusFile.Load(name);
        await using var world = await worlds.NewAsync(provider, file.Expected.Existing);
        var imports = world.Db.Get<ImportService>();
        var preview = ImportChecks.Ok(await imports.PreviewAsync(file.Request()));
        var rows = await ImportChecks.CaseRowsAsync(world.Db);
        ImportedRecords before;
        await using (var context = world.Db.NewContext())
        {
            before = await ImportedRecords.CountAsync(context, world.PartnershipA);
        }

        var sequence = await ImportChecks.LastAuditSequenceAsync(world.Db);

        var report = ImportChecks.Ok(await imports.ImportAsync(file.Request()));

        file.Expected.AssertMatches(report, name);
        var audit = await ImportChecks.AuditSinceAsync(world.Db, sequence);
        Assert.Single(audit, a => a.Action == AuditActions.Import);
        if (file.Expected.HasErrors)
        {
            Assert.False(report.Written);
            Assert.Equal(rows, await ImportChecks.CaseRowsAsync(world.Db));
            Assert.Equal([AuditActions.Import], audit.Select(a => a.Action));
        }
        else
        {
            Assert.True(report.Written);
            Assert.Equal(preview.Reviews, report.Reviews, ReviewsEqual);
            Assert.Equal(preview.Actions, report.Actions);
            Assert.Equal((preview.Victims, preview.Recommendations), (report.Victims, report.Recommendations));
            await ImportedRecords.AssertWrittenAsync(world.Db, world.PartnershipA, before, report);
        }

        await ImportChecks.AssertChainIntactAsync(world.Db);
    }

    private static readonly IReadOnlyList<string> NoThemes = [];

    // Records holding lists compare by reference; the preview and the import build their own.
    private static bool ReviewsEqual(ImportedReview a, ImportedReview b) =>
        a with { Themes = NoThemes } == b with { Themes = NoThemes } && a.Themes.SequenceEqual(b.Themes);
}
