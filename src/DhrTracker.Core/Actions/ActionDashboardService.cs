using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Themes;

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
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (agencies, dueSoon) = await AgencySummariesAsync(db, user, today, ct);

        // Merged themes are not offered: filtering by their target already finds them.
        var themes = user.PartnershipId is { } partnershipId
            ? (await ThemeTaxonomy.LoadAsync(db, partnershipId, ct)).Entries.Where(e => e.MergedIntoThemeId is null)
                .Select(e => new ThemeTag(e.Id, e.Name, e.Category)).ToList()
            : [];
        return new ActionDashboardView(agencies, dueSoon, agencies.Sum(c => c.Overdue), agencies.Sum(c => c.AwaitingSignOff)) { Themes = themes };
    }

    /// <summary>
    /// Each agency's line (the dashboard's table and the board report's), over the actions the user may see,
    /// counted in SQL; and how many open actions fall due in the next 30 days.
    /// </summary>
    internal static async Task<(List<AgencyActionSummary> Agencies, int DueSoon)> AgencySummariesAsync(
        AppDbContext db, CurrentUser user, DateOnly today, CancellationToken ct)
    {
        var soon = today.AddDays(ActionRules.DueSoonDays);
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
        return (agencies, counts.Sum(c => c.Soon));
    }

    public async Task<PagedResult<ActionRow>> ListAsync(ActionQuery query, PageRequest page, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        var today = UkDates.TodayInUk(time);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var actions = Filter(db.Actions.AsNoTracking().VisibleActions(db.Reviews, user), query, today,
            await ThemeMembersAsync(db, query.ThemeId, ct));
        var total = await actions.CountAsync(ct);
        var rows = await Sort(actions, page).Skip(page.Skip).Take(page.Take).ToRowsAsync(today, ct);
        db.Record(time, user, AuditActions.List, nameof(ActionItem), "", detail: $"{AuditFilters.Describe(query)}; page {page.Page + 1}; {total} found",
            reviewId: query.ReviewId);
        await db.SaveChangesAsync(ct);
        return new PagedResult<ActionRow>(rows, total);
    }

    /// <summary>Every action matching the filters, in plan order (no paging): the board report's overdue sheet.</summary>
    internal static async Task<List<ActionRow>> AllAsync(AppDbContext db, CurrentUser user, ActionQuery query, DateOnly today, CancellationToken ct) =>
        await (await FilteredAsync(db, user, query, today, ct))
            .OrderBy(a => a.Review!.Reference).ThenBy(a => a.Recommendation!.Number).ThenBy(a => a.Number)
            .ToRowsAsync(today, ct);

    /// <summary>The actions the user may see that match the query, unordered: the export orders and streams them itself.</summary>
    internal static async Task<IQueryable<ActionItem>> FilteredAsync(AppDbContext db, CurrentUser user, ActionQuery query, DateOnly today, CancellationToken ct) =>
        Filter(db.Actions.AsNoTracking().VisibleActions(db.Reviews, user), query, today, await ThemeMembersAsync(db, query.ThemeId, ct));

    /// <summary>
    /// The theme and every theme that resolves to the same one (ADR 0201), so a recommendation tagged before a
    /// merge is found under the merged theme's target, and filtering by a merged theme means its target. Null: no theme filter.
    /// </summary>
    private static async Task<List<Guid>?> ThemeMembersAsync(AppDbContext db, Guid? themeId, CancellationToken ct)
    {
        if (themeId is not { } id)
        {
            return null;
        }

        var partnershipId = await db.Themes.Where(t => t.Id == id).Select(t => (int?)t.PartnershipId).SingleOrDefaultAsync(ct);
        if (partnershipId is null)
        {
            return [];
        }

        var taxonomy = await ThemeTaxonomy.LoadAsync(db, partnershipId.Value, ct);
        var target = taxonomy.Canonical[id];
        return taxonomy.Canonical.Where(c => c.Value == target).Select(c => c.Key).ToList();
    }

    private static IQueryable<ActionItem> Filter(IQueryable<ActionItem> actions, ActionQuery q, DateOnly today, List<Guid>? themeIds)
    {
        if (themeIds is not null)
        {
            actions = actions.Where(a => a.Recommendation!.Themes.Any(t => themeIds.Contains(t.ThemeId)));
        }

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
            actions = WithShownRag(actions, rag, today);
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

    /// <summary>
    /// <see cref="ActionRules.ShownRag"/> in SQL, so filtering by RAG finds what the rows show: red when set red or
    /// overdue; amber when set amber or due soon, and not red; green otherwise.
    /// </summary>
    private static IQueryable<ActionItem> WithShownRag(IQueryable<ActionItem> actions, ActionRag rag, DateOnly today)
    {
        var soon = today.AddDays(ActionRules.DueSoonDays);
        return rag switch
        {
            ActionRag.Red => actions.Where(a => a.Rag == ActionRag.Red
                || (a.Status != ActionStatus.Complete && a.Status != ActionStatus.Cancelled && a.SignedOffUtc == null && a.TargetDate < today)),
            ActionRag.Amber => actions.Where(a => a.Rag != ActionRag.Red
                && !(a.Status != ActionStatus.Complete && a.Status != ActionStatus.Cancelled && a.SignedOffUtc == null && a.TargetDate < today)
                && (a.Rag == ActionRag.Amber
                    || (a.Status != ActionStatus.Complete && a.Status != ActionStatus.Cancelled && a.SignedOffUtc == null && a.TargetDate <= soon))),
            _ => actions.Where(a => a.Rag == ActionRag.Green
                && !(a.Status != ActionStatus.Complete && a.Status != ActionStatus.Cancelled && a.SignedOffUtc == null && a.TargetDate <= soon)),
        };
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
