using DhrTracker.Core.Access;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Dashboard;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Attention;

/// <summary>
/// What needs the signed-in user today (issue 16 item 13, ADR 0390), for the bell and each landing page: deadlines
/// this week on the reviews they may read, overdue agency submissions, actions awaiting their sign-off or their
/// agency's update, and documents added to their reviews since they last opened them. Each line is a count or a
/// reference and a date, never case content, so it writes no audit row of its own (as the dashboard's counts).
/// </summary>
public sealed class AttentionService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    /// <summary>How far ahead a deadline counts as "this week".</summary>
    public const int WeekDays = 7;

    /// <summary>Reviews named one by one per kind; the rest are in the lists the lines link to.</summary>
    public const int PerKind = 5;

    public async Task<IReadOnlyList<AttentionItem>> GetAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (user.PartnershipId is null)
        {
            return [];
        }

        var today = UkDates.TodayInUk(time);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = db.Reviews.AsNoTracking().Visible(user).Where(r => r.Stage != ReviewStage.Closed && r.Stage != ReviewStage.NotProceeding);
        List<AttentionItem> items = [.. await DeadlinesAsync(open, today, ct)];
        if (ReviewAccess.CanSeeAgencyRequests(user) && await OverdueSubmissionCount.CountAsync(db, open, today, ct) is > 0 and var overdue)
        {
            items.Add(new($"{Count(overdue, "agency submission")} overdue (IMRs, chronologies and other requests)", "/reviews/requests?overdue=true", true));
        }

        items.AddRange(await ActionsAsync(db, user, today, ct));
        items.AddRange(await NewDocumentsAsync(db, open, user, ct));
        return items;
    }

    private static async Task<IEnumerable<AttentionItem>> DeadlinesAsync(IQueryable<Review> open, DateOnly today, CancellationToken ct)
    {
        var until = today.AddDays(WeekDays);
        var due = await open.Where(r => r.ActiveDueDate != null && r.ActiveDueDate <= until)
            .OrderBy(r => r.ActiveDueDate).ThenBy(r => r.Reference).Take(PerKind)
            .Select(r => new { r.Id, r.Reference, Due = r.ActiveDueDate!.Value }).ToListAsync(ct);
        return due.Select(r => r.Due < today
            ? new AttentionItem($"{r.Reference}: statutory deadline passed on {UkDates.Format(r.Due)}", $"/reviews/{r.Id}", true)
            : new AttentionItem($"{r.Reference}: statutory deadline {(r.Due == today ? "today" : UkDates.Format(r.Due))}", $"/reviews/{r.Id}"));
    }

    private static async Task<IEnumerable<AttentionItem>> ActionsAsync(AppDbContext db, CurrentUser user, DateOnly today, CancellationToken ct)
    {
        var actions = db.Actions.AsNoTracking().VisibleActions(db.Reviews, user);
        List<AttentionItem> items = [];
        if (user.IsIn(Roles.Manager))
        {
            // As ActionRules.CheckSignOff: nobody signs off their own agency's action or one they completed.
            var awaiting = await actions.CountAsync(a => a.Status == ActionStatus.Complete && a.SignedOffUtc == null
                && a.OwnerAgencyId != user.AgencyId && a.CompletedByUserId != user.UserId, ct);
            if (awaiting > 0)
            {
                items.Add(new($"{Count(awaiting, "completed action")} awaiting your sign-off", "/actions?signoff=true"));
            }
        }

        if (user.IsIn(Roles.AgencyLead) && user.AgencyId is { } agency)
        {
            var open = actions.Where(a => a.OwnerAgencyId == agency && a.Status != ActionStatus.Complete && a.Status != ActionStatus.Cancelled);
            var late = await open.CountAsync(a => a.TargetDate < today, ct);
            var until = today.AddDays(WeekDays);
            var soon = await open.CountAsync(a => a.TargetDate >= today && a.TargetDate <= until, ct);
            if (late > 0)
            {
                items.Add(new(late == 1 ? "1 of your agency's actions is past its target date: update it" : $"{late} of your agency's actions are past their target dates: update them", "/my-actions", true));
            }

            if (soon > 0)
            {
                items.Add(new(soon == 1 ? "1 of your agency's actions is due this week" : $"{soon} of your agency's actions are due this week", "/my-actions"));
            }
        }

        return items;
    }

    /// <summary>Document versions someone else uploaded to an open review after the user last opened it (their last "View Review" audit row).</summary>
    private static async Task<IEnumerable<AttentionItem>> NewDocumentsAsync(AppDbContext db, IQueryable<Review> open, CurrentUser user,
        CancellationToken ct)
    {
        var ids = open.Select(r => r.Id);
        var added = await db.DocumentVersions.AsNoTracking()
            .Where(v => ids.Contains(v.Document!.ReviewId) && v.File!.UploadedByUserId != user.UserId)
            .Where(v => v.File!.UploadedUtc > (db.AuditEntries
                .Where(a => a.UserId == user.UserId && a.ReviewId == v.Document!.ReviewId && a.Action == AuditActions.View && a.EntityType == AuditTrail.ReviewEntity)
                .Max(a => (DateTime?)a.AtUtc) ?? DateTime.MinValue))
            .GroupBy(v => v.Document!.ReviewId)
            .Select(g => new { ReviewId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        if (added.Count == 0)
        {
            return [];
        }

        var shown = added.Select(a => a.ReviewId).ToList();
        var references = await db.Reviews.AsNoTracking().Where(r => shown.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Reference, ct);
        return added.OrderBy(a => references[a.ReviewId]).Take(PerKind)
            .Select(a => new AttentionItem($"{references[a.ReviewId]}: {Count(a.Count, "document")} added since you last opened it", $"/reviews/{a.ReviewId}"));
    }

    private static string Count(int n, string one) => n == 1 ? $"1 {one}" : $"{n} {one}s";
}
