using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.BoardReports;
using DhrTracker.Core.Common;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Benchmarks.National.Operations;

/// <summary>The CSP board's quarterly report on screen: every open review with its clock and why, each agency's line, every overdue action.</summary>
internal sealed class BoardReportPage : Operation<BoardReport, BoardReportPage.FloorReport>
{
    public override string Name => "Board report";

    protected override async Task<BoardReport> App(NationalDatabase db) =>
        (await db.Get<BoardReportService>().GetAsync()).Value ?? throw new InvalidOperationException("The board report was refused.");

    protected override async Task<FloorReport> Floor(NationalDatabase db)
    {
        var user = await FloorSql.UserAsync(db);
        var today = FloorSql.Today;
        var partnershipId = user.PartnershipId!.Value;
        var (name, timescales) = await FloorQueries.TimescalesAsync(db, partnershipId);
        var args = new[] { ("$p", (object?)partnershipId), ("$today", (object?)FloorSql.Text(today)) };
        const string open = "FROM Reviews r WHERE r.PartnershipId = $p AND r.Stage NOT IN ('Closed', 'NotProceeding')";
        var pauses = (await FloorSql.ReadAsync(db, $"SELECT p.ReviewId, p.StartDate, p.EndDate, p.Reason FROM ReviewPauses p JOIN Reviews r ON r.Id = p.ReviewId WHERE r.Id IN (SELECT r.Id {open})",
            r => (Review: r.GetString(0), Pause: new PausePeriod(FloorSql.Date(r, 1)!.Value, FloorSql.Date(r, 2), Enum.Parse<PauseReason>(r.GetString(3)))), args))
            .ToLookup(p => p.Review, p => p.Pause);
        var proceedings = (await FloorSql.ReadAsync(db, $"""
            SELECT p.ReviewId, p.Type, p.Status, p.Description, p.NextKeyDate FROM ParallelProceedings p
            WHERE p.Status <> 'Concluded' AND p.ReviewId IN (SELECT r.Id {open})
            """, r => (Review: r.GetString(0), Proceeding: new BoardReviewFacts.Proceeding(Enum.Parse<ProceedingType>(r.GetString(1)),
                Enum.Parse<ProceedingStatus>(r.GetString(2)), FloorSql.String(r, 3), FloorSql.Date(r, 4))), args))
            .ToLookup(p => p.Review, p => p.Proceeding);
        var reviews = await FloorSql.ReadAsync(db, $"""
            SELECT r.Id, r.Reference, r.Stage, r.DateNotified, r.Decision, r.DecisionDate, r.ReconsideredOn, r.RevisedTargetDate {open}
            """, r =>
        {
            var id = r.GetString(0);
            var notified = FloorSql.Date(r, 3)!.Value;
            var reviewPauses = pauses[id].ToList();
            var clock = ReviewClocks.Read(new ClockFacts(Enum.Parse<ReviewStage>(r.GetString(2)), notified, Enum.Parse<ReviewDecision>(r.GetString(4)),
                FloorSql.Date(r, 5), reviewPauses, AgreedDue: FloorSql.Date(r, 7), ReconsideredOn: FloorSql.Date(r, 6)), timescales.For(notified), today);
            var running = proceedings[id].ToList();
            var pausedSince = reviewPauses.Where(p => p.End is null).Select(p => (DateOnly?)p.Start).FirstOrDefault();
            return (Reference: r.GetString(1), clock.DaysOverdue, Due: clock.StatutoryDue,
                Row: $"{r.GetString(1)} {clock.DaysOverdue} [{string.Join(", ", BoardReviewFacts.Why(clock, pausedSince, running))}] {BoardReviewFacts.NextKeyDate(clock, running, today)}");
        }, args);
        var (lines, _) = await FloorQueries.AgencyLinesAsync(db, partnershipId, today);
        var overdue = await FloorSql.ReadAsync(db, $"""
            SELECT {FloorQueries.ActionRowColumns} {FloorQueries.OverdueActions}
            ORDER BY a.TargetDate, r.Reference, rec.Number || '.' || a.Number
            """, r => FloorQueries.ActionLine.Read(r, today).ToString(), args);
        var rows = reviews.OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.Due ?? DateOnly.MaxValue).ThenBy(r => r.Reference, StringComparer.Ordinal)
            .Select(r => r.Row).ToList();
        await FloorSql.AuditAsync(db, user, AuditActions.View, BoardReportService.Entity, partnershipId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{rows.Count} open reviews, {overdue.Count} overdue actions");
        return new FloorReport(name, rows, lines, overdue);
    }

    protected override string Answer(BoardReport app) => Answer(new FloorReport(app.Partnership,
        app.Reviews.Select(r => $"{r.Reference} {r.Clock.DaysOverdue} [{string.Join(", ", r.Why)}] {r.NextKeyDate}").ToList(),
        app.Agencies.Select(a => new FloorQueries.AgencyLine(a.Agency, a.Actions, a.SignedOff, a.Overdue, a.AwaitingSignOff)).ToList(),
        app.OverdueActions.Select(a => FloorQueries.ActionLine.Of(a).ToString()).ToList()));

    protected override string Answer(FloorReport floor) =>
        $"{floor.Partnership}: {string.Join("; ", floor.Reviews)} | {FloorQueries.Describe(floor.Agencies)} | overdue: {string.Join(", ", floor.OverdueActions)}";

    internal sealed record FloorReport(string Partnership, List<string> Reviews, List<FloorQueries.AgencyLine> Agencies, List<string> OverdueActions);
}
