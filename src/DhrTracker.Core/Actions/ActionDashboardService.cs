using DhrTracker.Core.Access;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Actions;

/// <summary>
/// The board's view across every action the user may see: per-agency completion and overdue counts,
/// and a filtered, sorted, paged grid computed in SQL.
/// </summary>
public sealed class ActionDashboardService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    public async Task<ActionDashboardView> SummaryAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        var today = UkDates.TodayInUk(time);
        var soon = today.AddDays(30);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.Actions.AsNoTracking().VisibleActions(db.Reviews, user)
            .GroupBy(a => a.OwnerAgencyId)
            .Select(g => new
            {
                AgencyId = g.Key,
                Actions = g.Count(a => a.Status != ActionStatus.Cancelled),
                SignedOff = g.Count(a => a.SignedOffUtc != null),
                Overdue = g.Count(a => a.Status != ActionStatus.Complete && a.Status != ActionStatus.Cancelled && a.SignedOffUtc == null && a.TargetDate < today),
                Awaiting = g.Count(a => a.Status == ActionStatus.Complete && a.SignedOffUtc == null),
                Soon = g.Count(a => a.Status != ActionStatus.Complete && a.Status != ActionStatus.Cancelled && a.SignedOffUtc == null
                    && a.TargetDate >= today && a.TargetDate <= soon),
            })
            .ToListAsync(ct);
        var ids = counts.Select(c => c.AgencyId).ToList();
        var names = await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var agencies = counts.Select(c => new AgencyActionSummary(c.AgencyId, names[c.AgencyId], c.Actions, c.SignedOff, c.Overdue, c.Awaiting))
            .OrderBy(a => a.Agency).ToList();
        return new ActionDashboardView(agencies, counts.Sum(c => c.Soon), counts.Sum(c => c.Overdue), counts.Sum(c => c.Awaiting));
    }

    public async Task<PagedResult<ActionRow>> ListAsync(ActionQuery query, PageRequest page, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        var today = UkDates.TodayInUk(time);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var actions = Filter(db.Actions.AsNoTracking().VisibleActions(db.Reviews, user), query, today);
        var total = await actions.CountAsync(ct);
        var rows = await Sort(actions, page).Skip(page.Skip).Take(page.Take).ToRowsAsync(today, ct);
        return new PagedResult<ActionRow>(rows, total);
    }

    /// <summary>Every action matching the filters, in plan order, for exports (no paging).</summary>
    internal static async Task<List<ActionRow>> AllAsync(AppDbContext db, CurrentUser user, ActionQuery query, DateOnly today, CancellationToken ct) =>
        await Filter(db.Actions.AsNoTracking().VisibleActions(db.Reviews, user), query, today)
            .OrderBy(a => a.Review!.Reference).ThenBy(a => a.Recommendation!.Number).ThenBy(a => a.Number)
            .ToRowsAsync(today, ct);

    private static IQueryable<ActionItem> Filter(IQueryable<ActionItem> actions, ActionQuery q, DateOnly today)
    {
        if (q.AgencyId is { } agency)
        {
            actions = actions.Where(a => a.OwnerAgencyId == agency);
        }

        if (q.Status is { } status)
        {
            actions = actions.Where(a => a.Status == status);
        }

        if (q.Rag is { } rag)
        {
            actions = actions.Where(a => a.Rag == rag);
        }

        if (q.ReviewId is { } review)
        {
            actions = actions.Where(a => a.ReviewId == review);
        }

        var open = actions.Where(a => a.Status != ActionStatus.Complete && a.Status != ActionStatus.Cancelled && a.SignedOffUtc == null);
        if (q.OverdueOnly)
        {
            actions = open.Where(a => a.TargetDate < today);
        }

        if (q.DueWithinDays is { } days)
        {
            var until = today.AddDays(days);
            actions = open.Where(a => a.TargetDate >= today && a.TargetDate <= until);
        }

        if (q.AwaitingSignOffOnly)
        {
            actions = actions.Where(a => a.Status == ActionStatus.Complete && a.SignedOffUtc == null);
        }

        return actions;
    }

    private static IQueryable<ActionItem> Sort(IQueryable<ActionItem> a, PageRequest page) => (page.SortBy, page.Descending) switch
    {
        (nameof(ActionRow.OwnerAgency), false) => a.OrderBy(x => x.OwnerAgency!.Name).ThenBy(x => x.TargetDate),
        (nameof(ActionRow.OwnerAgency), true) => a.OrderByDescending(x => x.OwnerAgency!.Name).ThenBy(x => x.TargetDate),
        (nameof(ActionRow.ReviewReference), false) => a.OrderBy(x => x.Review!.Reference).ThenBy(x => x.Recommendation!.Number).ThenBy(x => x.Number),
        (nameof(ActionRow.ReviewReference), true) => a.OrderByDescending(x => x.Review!.Reference).ThenBy(x => x.Recommendation!.Number).ThenBy(x => x.Number),
        (nameof(ActionRow.Status), false) => a.OrderBy(x => x.Status).ThenBy(x => x.TargetDate),
        (nameof(ActionRow.Status), true) => a.OrderByDescending(x => x.Status).ThenBy(x => x.TargetDate),
        (_, true) => a.OrderByDescending(x => x.TargetDate).ThenBy(x => x.Id),
        _ => a.OrderBy(x => x.TargetDate).ThenBy(x => x.Id),
    };
}
