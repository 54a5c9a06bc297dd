using System.Text;
using DhrTracker.Core.Actions;
using MiniExcelLibs;

namespace DhrTracker.IntegrationTests.Actions;

public sealed class ActionExportServiceTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Csv_export_has_the_published_columns_neutralises_formulas_and_is_audited(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        var formula = CaseFile.NewAction(s.Police, new DateOnly(2027, 2, 28));
        formula.Description = "=HYPERLINK(\"http://example.org\",\"click\")";
        CaseFile.Ok(await s.Plan.AddActionAsync(s.RecommendationId, formula));

        var file = await s.Db.Get<ActionExportService>().ExportAsync(new ActionQuery(ReviewId: s.ReviewId), ExportFormat.Csv);

        Assert.Matches(@"^A-DHR1-action-plan-\d{4}-\d{2}-\d{2}\.csv$", file.FileName);
        var lines = Encoding.UTF8.GetString(file.Bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Review,Recommendation no.,Recommendation,Addressed to,Scope,Action no.,Action,Lead agency,Lead officer,Target date,Status,RAG,Outcome,Date completed,Signed off", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("A DHR1,1,", lines[2], StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://example.org\"\",\"\"click\"\")\",", lines[3], StringComparison.Ordinal);
        Assert.Contains("Overdue (not started)", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain(PlanSetup.VictimPseudonym, Encoding.UTF8.GetString(file.Bytes), StringComparison.Ordinal);
        await using var context = s.Db.NewContext();
        var audit = await context.AuditEntries.SingleAsync(a => a.Action == ActionAuditActions.Export);
        Assert.Equal((s.Coordinator, s.ReviewId.ToString()), (audit.UserId, audit.EntityId));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_leads_xlsx_export_holds_only_their_agencys_actions(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        s.Db.SignInAs(s.PoliceLead);

        var file = await s.Db.Get<ActionExportService>().ExportAsync(new ActionQuery(), ExportFormat.Xlsx);

        Assert.Matches(@"^action-plan-\d{4}-\d{2}-\d{2}\.xlsx$", file.FileName);
        var rows = MiniExcel.Query(new MemoryStream(file.Bytes), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal(("1.1", "Police"), ((string)row["Action no."], (string)row["Lead agency"]));
        // The target date is a date cell shown the UK way, so Excel sorts and filters it as a date.
        var target = XlsxCells.Read(file.Bytes, "Action plan", "Target date", 0);
        Assert.Equal((true, new DateTime(2027, 1, 31), "d mmm yyyy"), (target.IsNumber, target.AsDate, target.NumberFormat));
        Assert.DoesNotContain(rows.SelectMany(r => r.Values), v => v?.ToString()?.Contains(PlanSetup.VictimPseudonym, StringComparison.Ordinal) == true);
    }
}
