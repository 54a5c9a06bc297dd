using System.Linq.Expressions;
using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore.Query;

namespace DhrTracker.Core.Dashboard;

/// <summary>The first rows of a waiting list, longest wait first, picked and ordered in SQL with only the dates shown.</summary>
internal sealed class DashboardWaits(IQueryable<Review> visible, DateOnly today, CancellationToken ct)
{
    public async Task<IReadOnlyList<DashboardWait>> ListAsync(Expression<Func<Review, bool>> filter, Expression<Func<Review, DateOnly?>> since)
    {
        var rows = await visible.Where(filter).OrderBy(since).ThenBy(r => r.Reference).Take(DashboardService.ListLimit)
            .Select(RowWith(since))
            .ToListAsync(ct);
        return rows.Select(r => new DashboardWait(r.Id, r.Reference, r.Stage, r.Since,
                r.Since is { } s ? Math.Max(0, today.DayNumber - s.DayNumber) : 0))
            .ToList();
    }

    /// <summary>
    /// The row with the list's own date read in SQL: the date's expression is put into the projection, not compiled to
    /// read it afterwards. Compiling it on every call was the dashboard's largest cost of its own (a trace, docs/performance.md);
    /// a tree built like this is matched in EF's query cache like any other.
    /// </summary>
    private static Expression<Func<Review, Row>> RowWith(Expression<Func<Review, DateOnly?>> since)
    {
        Expression<Func<Review, DateOnly?, Row>> shape = (r, date) => new Row(r.Id, r.Reference, r.Stage, date);
        var review = shape.Parameters[0];
        var date = ReplacingExpressionVisitor.Replace(since.Parameters[0], review, since.Body);
        return Expression.Lambda<Func<Review, Row>>(ReplacingExpressionVisitor.Replace(shape.Parameters[1], date, shape.Body), review);
    }

    private sealed record Row(Guid Id, string Reference, ReviewStage Stage, DateOnly? Since);
}
