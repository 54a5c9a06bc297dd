using DhrTracker.Core.Access;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Dashboard;

/// <summary>
/// The coordinator's morning view. Counts use the reviews list's own filters (<see cref="ReviewFilters"/>)
/// so each number matches the list it links to; the detail lists read each review's clocks.
/// </summary>
public sealed class DashboardService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    public const int UpcomingWindowDays = 30;

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
        var byStage = (await visible.GroupBy(r => r.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => g.Key, g => g.Count);

        Task<int> Count(ReviewQuery q) => visible.Apply(q, today, settings.AmberWindowDays).CountAsync(ct);
        var overdue = await Count(new ReviewQuery(Rag: Rag.Red));
        var atRisk = await Count(new ReviewQuery(Rag: Rag.Amber));
        var paused = await Count(new ReviewQuery(Paused: true));
        var upcoming = await Count(new ReviewQuery(DueWithinDays: UpcomingWindowDays));
        var awaiting = await Count(new ReviewQuery(AwaitingHomeOffice: true));

        // Only reviews with a running clock (or waiting on the Home Office) are read in full.
        var amberUntil = today.AddDays(Math.Max(settings.AmberWindowDays, UpcomingWindowDays));
        var open = await visible.AsSplitQuery().Include(r => r.Pauses)
            .Where(r => (r.ActiveDueDate != null && r.ActiveDueDate <= amberUntil) || r.Stage == ReviewStage.HomeOfficeQa
                || (r.Decision != ReviewDecision.Pending && r.HomeOfficeNotifiedDate == null))
            .ToListAsync(ct);
        var read = open.Select(r => new DashboardReview(r.Id, r.Reference, r.Stage, ReviewClocks.Read(ReviewClocks.FactsOf(r), settings, today)))
            .ToList();

        var late = read.Where(r => r.Clock.Rag is Rag.Red or Rag.Amber)
            .OrderByDescending(r => r.Clock.DaysOverdue).ThenBy(r => r.Clock.DaysRemaining).ThenBy(r => r.Reference).ToList();
        var soon = read.Where(r => r.Clock.DaysRemaining is >= 0 and <= UpcomingWindowDays)
            .OrderBy(r => r.Clock.StatutoryDue).ThenBy(r => r.Reference).ToList();
        var waits = open.AsQueryable().Where(ReviewFilters.AwaitingHomeOffice)
            .Select(r => Wait(r, today)).OrderByDescending(w => w.DaysWaiting).ThenBy(w => w.Reference).ToList();

        return new DashboardView(today, settings.AmberWindowDays, UpcomingWindowDays, byStage, overdue, atRisk, paused, upcoming, awaiting,
            late, soon, waits);
    }

    private static HomeOfficeWait Wait(Review r, DateOnly today)
    {
        var (what, since) = r.Stage == ReviewStage.HomeOfficeQa
            ? ("QA outcome", r.QaSubmissionDate)
            : ("To be told of the decision", r.DecisionDate);
        return new HomeOfficeWait(r.Id, r.Reference, r.Stage, what, since, since is { } s ? Math.Max(0, today.DayNumber - s.DayNumber) : 0);
    }
}
