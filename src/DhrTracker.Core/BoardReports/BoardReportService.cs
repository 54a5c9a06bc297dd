using DhrTracker.Core.Access;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Files;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.BoardReports;

/// <summary>
/// The CSP board's quarterly progress report, on screen and as a workbook. Coordinators and Managers of the
/// partnership only (<see cref="LearningAccess.CanSeeBoardReport"/>); both are audited, refusals too.
/// </summary>
public sealed class BoardReportService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    public const string Entity = "BoardReport";

    public async Task<Result<BoardReport>> GetAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await RefusalAsync(db, user, AuditActions.View, ct) is { } refused)
        {
            return Result<BoardReport>.Refused([refused]);
        }

        var report = await BuildAsync(db, user, ct);
        db.Record(time, user, AuditActions.View, Entity, user.PartnershipId!.Value.ToString(),
            detail: $"{report.Reviews.Count} open reviews, {report.OverdueActions.Count} overdue actions");
        await db.SaveChangesAsync(ct);
        return Result<BoardReport>.Ok(report);
    }

    public async Task<Result<FileContent>> ExportAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await RefusalAsync(db, user, ActionAuditActions.Export, ct) is { } refused)
        {
            return Result<FileContent>.Refused([refused]);
        }

        var report = await BuildAsync(db, user, ct);
        var file = new FileContent($"board-report-{report.AsOf:yyyy-MM-dd}.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", await BoardReportWorkbook.WriteAsync(report, ct));
        db.Record(time, user, ActionAuditActions.Export, Entity, user.PartnershipId!.Value.ToString(),
            detail: $"xlsx, {report.Reviews.Count} open reviews, {report.OverdueActions.Count} overdue actions");
        await db.SaveChangesAsync(ct);
        return Result<FileContent>.Ok(file);
    }

    private async Task<FieldError?> RefusalAsync(AppDbContext db, CurrentUser user, string action, CancellationToken ct)
    {
        if (user.PartnershipId is { } pid && LearningAccess.CanSeeBoardReport(user, pid))
        {
            return null;
        }

        await db.RecordDeniedAsync(time, user, action, Entity, user.PartnershipId?.ToString() ?? "", ct);
        return new FieldError("Partnership", "Only the partnership's Coordinators and Managers can see the board report.");
    }

    private async Task<BoardReport> BuildAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var today = UkDates.TodayInUk(time);
        var settings = await ReviewService.SettingsOfAsync(db, user, ct);
        var partnership = await db.Partnerships.AsNoTracking().Where(p => p.Id == user.PartnershipId)
            .Select(p => p.Name).SingleAsync(ct);

        // Only the columns the board reads, and each review's pauses and running proceedings with it.
        var open = await db.Reviews.AsNoTracking().Visible(user)
            .Where(r => r.PartnershipId == user.PartnershipId && r.Stage != ReviewStage.Closed && r.Stage != ReviewStage.NotProceeding)
            .Select(r => new
            {
                r.Id,
                r.Reference,
                r.Stage,
                r.DateNotified,
                r.Decision,
                r.DecisionDate,
                r.ReconsideredOn,
                r.RevisedTargetDate,
                Pauses = r.Pauses.Select(p => new { p.StartDate, p.EndDate, p.Reason }).ToList(),
                Proceedings = r.Proceedings.Where(p => p.Status != ProceedingStatus.Concluded)
                    .Select(p => new BoardReviewFacts.Proceeding(p.Type, p.Status, p.Description, p.NextKeyDate)).ToList(),
            })
            .ToListAsync(ct);
        var rows = open.Select(r =>
            {
                var clock = ReviewClocks.Read(new ClockFacts(r.Stage, r.DateNotified, r.Decision, r.DecisionDate,
                    r.Pauses.Select(p => new PausePeriod(p.StartDate, p.EndDate, p.Reason)).ToList(), AgreedDue: r.RevisedTargetDate,
                    ReconsideredOn: r.ReconsideredOn), settings.For(r.DateNotified), today);
                var pausedSince = r.Pauses.Where(p => p.EndDate is null).Select(p => (DateOnly?)p.StartDate).FirstOrDefault();
                return new BoardReviewRow(r.Id, r.Reference, r.Stage, r.DateNotified, clock,
                    BoardReviewFacts.Why(clock, pausedSince, r.Proceedings), BoardReviewFacts.NextKeyDate(clock, r.Proceedings, today));
            })
            // Most overdue first, then the nearest deadline: the order the board discusses them in.
            .OrderByDescending(r => r.Clock.DaysOverdue).ThenBy(r => r.Clock.StatutoryDue ?? DateOnly.MaxValue).ThenBy(r => r.Reference, StringComparer.Ordinal)
            .ToList();

        var (agencies, _) = await ActionDashboardService.AgencySummariesAsync(db, user, today, ct);
        var overdue = await ActionDashboardService.AllAsync(db, user, new ActionQuery(OverdueOnly: true), today, ct);
        return new BoardReport(partnership, today, rows, agencies,
            overdue.OrderBy(a => a.TargetDate).ThenBy(a => a.ReviewReference, StringComparer.Ordinal).ThenBy(a => a.Number, StringComparer.Ordinal).ToList());
    }
}
