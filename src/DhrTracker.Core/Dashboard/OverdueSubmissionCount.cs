using DhrTracker.Core.Data;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Dashboard;

/// <summary>
/// How many agency submissions are overdue on the open reviews the user sees, counted in SQL by the rule of
/// <see cref="Agencies.Submission.IsOverdueOn"/> (past due, not received), one per submission as the agency
/// requests list shows them.
/// </summary>
internal static class OverdueSubmissionCount
{
    public static Task<int> CountAsync(AppDbContext db, IQueryable<Review> visible, DateOnly today, CancellationToken ct)
    {
        var open = visible.Where(r => r.Stage != ReviewStage.Closed && r.Stage != ReviewStage.NotProceeding).Select(r => r.Id);
        return db.ReviewAgencies.Where(a => open.Contains(a.ReviewId))
            .SumAsync(a => (a.ScopingReceived == null && a.ScopingDue < today ? 1 : 0)
                + (a.ImrReceived == null && a.ImrDue < today ? 1 : 0)
                + (a.ChronologyReceived == null && a.ChronologyDue < today ? 1 : 0)
                + (a.SummaryReceived == null && a.SummaryDue < today ? 1 : 0), ct);
    }
}
