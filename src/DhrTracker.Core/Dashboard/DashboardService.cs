using DhrTracker.Core.Access;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Dashboard;

/// <summary>
/// The coordinator's morning view. Counts use the reviews list's own filters (<see cref="ReviewFilters"/>), all in one
/// statement (<see cref="DashboardCounts"/>), so each number matches the list it links to; the detail lists read each review's clocks, each with the
/// timescales in force when it was notified (ADR 0355).
/// </summary>
public sealed class DashboardService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    /// <summary>Rows per dashboard list; each list's count links to the full, paged list.</summary>
    public const int ListLimit = 25;

    public async Task<DashboardView> GetAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        var today = UkDates.TodayInUk(time);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = db.Reviews.AsNoTracking().Visible(user);
        if (user.PartnershipId is null)
        {
            return DashboardView.Empty(today);
        }

        var settings = await ReviewService.SettingsOfAsync(db, user, ct);
        var counts = await DashboardCounts.ReadAsync(visible, today, settings.AmberWindowDays, ct);

        // One list for overdue and due soon (ADR 0383), the first rows of the two lists the counts link to, so SQL
        // picks and orders them: most days overdue is the earliest due date; red and amber together are "due by
        // the end of the amber window". Only those rows are read, with their pauses.
        var amberUntil = today.AddDays(settings.AmberWindowDays);
        var late = await ReadAsync(visible.Where(r => r.ActiveDueDate != null && r.ActiveDueDate <= amberUntil), settings, today, ct);

        var days = settings.HomeOfficeNotificationDays;
        var waits = new DashboardWaits(visible, today, ct);
        return new DashboardView(today, settings.AmberWindowDays, counts.ByStage, counts.Overdue, counts.AtRisk, counts.Paused,
            counts.AwaitingHomeOffice, late,
            await waits.ListAsync(ReviewFilters.AwaitingHomeOffice, r => r.QaSubmissionDate))
        {
            RagFollowsAgreed = settings.RagFollowsAgreedTimetable,
            HomeOfficeNotToldCount = counts.HomeOfficeNotTold,
            HomeOfficeNotificationDays = days,
            HomeOfficeNotTold = (await waits.ListAsync(ReviewFilters.HomeOfficeNotTold, r => r.DecisionDate))
                .Select(w => w with { Due = w.Since?.AddDays(days) }).ToList(),
            CommissionerCopyNotSentCount = counts.CommissionerCopyNotSent,
            CommissionerCopyNotSent = await waits.ListAsync(ReviewFilters.CommissionerCopyNotSent, r => r.LocalSignOffDate),
            ApprovedNotPublishedCount = counts.ApprovedNotPublished,
            ApprovedNotPublished = await waits.ListAsync(ReviewFilters.ApprovedNotPublished, r => r.QaOutcomeDate),
            AgencySubmissionsOverdueCount = await OverdueSubmissionCount.CountAsync(db, visible, today, ct),
            FamilyGaps = await Family.FamilyGaps.ListAsync(db, visible, ListLimit, ct),
        };
    }

    private static async Task<List<DashboardReview>> ReadAsync(IQueryable<Review> reviews, PartnershipTimescales settings, DateOnly today,
        CancellationToken ct)
    {
        var rows = await reviews.OrderBy(r => r.ActiveDueDate).ThenBy(r => r.Reference).Take(ListLimit)
            .Select(r => new
            {
                r.Id,
                r.Reference,
                r.Stage,
                r.DateNotified,
                r.Decision,
                r.DecisionDate,
                r.RevisedTargetDate,
                r.ReconsideredOn,
                Pauses = r.Pauses.Select(p => new { p.StartDate, p.EndDate, p.Reason }).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new DashboardReview(r.Id, r.Reference, r.Stage, ReviewClocks.Read(
                new ClockFacts(r.Stage, r.DateNotified, r.Decision, r.DecisionDate,
                    r.Pauses.Select(p => new PausePeriod(p.StartDate, p.EndDate, p.Reason)).ToList(), r.RevisedTargetDate, r.ReconsideredOn),
                settings.For(r.DateNotified), today)))
            .ToList();
    }
}
