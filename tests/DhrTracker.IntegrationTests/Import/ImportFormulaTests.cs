using System.Text;
using System.Text.RegularExpressions;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Import;
using MiniExcelLibs;

namespace DhrTracker.IntegrationTests.Import;

/// <summary>
/// Issue 11: a formula-like cell (<c>=HYPERLINK(...)</c>) is stored as the text it is, and every export that
/// could carry it (the action plan as CSV and .xlsx, the audit trail as CSV) puts an apostrophe in front.
/// </summary>
public sealed class ImportFormulaTests(ImportWorlds worlds)
{
    private const string Formula = "=HYPERLINK(\"http://example.invalid\",\"x\")";

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_formula_like_reference_pseudonym_and_outcome_are_stored_as_text_and_every_export_neutralises_them(DatabaseProvider provider)
    {
        await using var world = await worlds.NewAsync(provider);
        var imports = world.Db.Get<ImportService>();
        Assert.True(ImportChecks.Ok(await imports.ImportAsync(ImportFiles.Corpus("reviews/33-formula-like-cells.csv"))).Written);
        var plan = ImportChecks.Ok(await imports.ImportAsync(ImportFiles.Actions("plan.csv",
            $"{Quoted(Formula)},1,Agencies review how they respond to disclosures of abuse.,multi_agency,Deliver refreshed training.,Police,Training lead,2021-06-30,complete,2021-05-28,{Quoted(Formula)}")));
        Assert.True(plan.Written, string.Join("; ", plan.Errors));

        Guid reviewId;
        await using (var context = world.Db.NewContext())
        {
            reviewId = await context.Reviews.Where(r => r.PartnershipId == world.PartnershipA && r.Reference == Formula).Select(r => r.Id).SingleAsync();
            Assert.True(await context.Victims.AnyAsync(v => v.Pseudonym == Formula));
            Assert.Equal(Formula, await context.Actions.Where(a => a.ReviewId == reviewId).Select(a => a.Outcome).SingleAsync());
        }

        var exports = world.Db.Get<ActionExportService>();
        var csv = Encoding.UTF8.GetString((await exports.ExportAsync(new ActionQuery(ReviewId: reviewId), ExportFormat.Csv)).Bytes);
        Assert.Equal(2, Regex.Matches(csv, Regex.Escape(Quoted("'" + Formula))).Count);
        AssertEveryFormulaNeutralised(csv);

        var xlsx = (await exports.ExportAsync(new ActionQuery(ReviewId: reviewId), ExportFormat.Xlsx)).Bytes;
        var row = Assert.Single(MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object>>());
        Assert.Equal(("'" + Formula, "'" + Formula), ((string)row["Review"], (string)row["Outcome"]));

        world.SignInAs(Caller.Administrator);
        var trail = ImportChecks.Ok(await world.Db.Get<AuditReader>().ExportCsvAsync(new AuditSearch()));
        using var buffer = new MemoryStream();
        await trail.WriteAsync(buffer, TestContext.Current.CancellationToken);
        var audit = Encoding.UTF8.GetString(buffer.ToArray());
        Assert.Contains(Quoted("'" + Formula), audit, StringComparison.Ordinal);
        AssertEveryFormulaNeutralised(audit);
    }

    private static string Quoted(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// The formula is there, neutralised, and no cell starts with "=" (so a spreadsheet shows it and never
    /// runs it); the formula further into a cell, e.g. quoted in a detail, cannot run.
    /// </summary>
    private static void AssertEveryFormulaNeutralised(string csv)
    {
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("(^|,)\"?=", RegexOptions.Multiline), csv.TrimStart('\uFEFF'));
    }
}
