using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;

namespace DhrTracker.Benchmarks.National.Operations;

/// <summary>The manager's actions grid: overdue actions in plan order (review, recommendation, action), the first page of 25.</summary>
internal sealed class ActionsGridPage : Operation<PagedResult<ActionRow>, ActionsGridPage.FloorPage>
{
    public override string Name => "Actions grid page (overdue, in plan order)";

    protected override Task<PagedResult<ActionRow>> App(NationalDatabase db) =>
        db.Get<ActionDashboardService>().ListAsync(new ActionQuery(OverdueOnly: true), new PageRequest(0, 25, nameof(ActionRow.ReviewReference)));

    protected override async Task<FloorPage> Floor(NationalDatabase db)
    {
        var user = await FloorSql.UserAsync(db);
        var today = FloorSql.Today;
        var args = new[] { ("$p", (object?)user.PartnershipId), ("$today", (object?)FloorSql.Text(today)) };
        var total = await FloorSql.ScalarAsync(db, "SELECT count(*) " + FloorQueries.OverdueActions, args);
        var rows = await FloorSql.ReadAsync(db, $"""
            SELECT {FloorQueries.ActionRowColumns} {FloorQueries.OverdueActions}
            ORDER BY r.Reference, rec.Number, a.Number LIMIT 25
            """, r => FloorQueries.ActionLine.Read(r, today), args);
        await FloorSql.AuditAsync(db, user, AuditActions.List, nameof(ActionItem), "", $"overdue; page 1; {total} found");
        return new FloorPage(total, rows);
    }

    protected override string Answer(PagedResult<ActionRow> app) => Answer(new FloorPage(app.TotalCount,
        app.Items.Select(FloorQueries.ActionLine.Of).ToList()));

    protected override string Answer(FloorPage floor) => $"{floor.Total} found: " + string.Join("; ", floor.Rows);

    internal sealed record FloorPage(long Total, List<FloorQueries.ActionLine> Rows);
}
