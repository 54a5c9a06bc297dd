using System.Linq.Expressions;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Dashboard;

/// <summary>The first rows of a waiting list, longest wait first, picked and ordered in SQL with only the dates shown.</summary>
internal sealed class DashboardWaits(IQueryable<Review> visible, DateOnly today, CancellationToken ct)
{
    public async Task<IReadOnlyList<DashboardWait>> ListAsync(Expression<Func<Review, bool>> filter, Expression<Func<Review, DateOnly?>> since)
    {
        var rows = await visible.Where(filter).OrderBy(since).ThenBy(r => r.Reference).Take(DashboardService.ListLimit)
            .Select(r => new Review
            {
                Id = r.Id,
                Reference = r.Reference,
                Stage = r.Stage,
                DecisionDate = r.DecisionDate,
                LocalSignOffDate = r.LocalSignOffDate,
                QaSubmissionDate = r.QaSubmissionDate,
                QaOutcomeDate = r.QaOutcomeDate,
            })
            .ToListAsync(ct);
        var sinceOf = since.Compile();
        return rows.Select(r => (Row: r, Since: sinceOf(r)))
            .Select(x => new DashboardWait(x.Row.Id, x.Row.Reference, x.Row.Stage, x.Since,
                x.Since is { } s ? Math.Max(0, today.DayNumber - s.DayNumber) : 0))
            .ToList();
    }
}
