using System.Linq.Expressions;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Dashboard;

/// <summary>
/// Every count of the dashboard in one statement: each review of the user's is marked by the reviews list's own filters
/// (<see cref="ReviewFilters"/>), and the marks are counted by stage. So each number still equals the length of the list
/// it links to, the numbers are read at one moment (they agree with each other while someone moves a review), and a
/// networked server is asked once instead of eight times. On SQLite it measured no faster (docs/performance.md).
/// </summary>
internal sealed record DashboardCounts(
    IReadOnlyDictionary<ReviewStage, int> ByStage, int Overdue, int AtRisk, int Paused, int AwaitingHomeOffice, int HomeOfficeNotTold,
    int CommissionerCopyNotSent, int ApprovedNotPublished)
{
    public static async Task<DashboardCounts> ReadAsync(IQueryable<Review> visible, DateOnly today, int amberWindowDays, CancellationToken ct)
    {
        var rows = await visible.Select(Marks(today, amberWindowDays)).GroupBy(m => m.Stage).Select(g => new
        {
            Stage = g.Key,
            All = g.Count(),
            Overdue = g.Count(m => m.Overdue),
            AtRisk = g.Count(m => m.AtRisk),
            Paused = g.Count(m => m.Paused),
            AwaitingHomeOffice = g.Count(m => m.AwaitingHomeOffice),
            HomeOfficeNotTold = g.Count(m => m.HomeOfficeNotTold),
            CommissionerCopyNotSent = g.Count(m => m.CommissionerCopyNotSent),
            ApprovedNotPublished = g.Count(m => m.ApprovedNotPublished),
        }).ToListAsync(ct);
        return new DashboardCounts(rows.ToDictionary(r => r.Stage, r => r.All), rows.Sum(r => r.Overdue), rows.Sum(r => r.AtRisk),
            rows.Sum(r => r.Paused), rows.Sum(r => r.AwaitingHomeOffice), rows.Sum(r => r.HomeOfficeNotTold),
            rows.Sum(r => r.CommissionerCopyNotSent), rows.Sum(r => r.ApprovedNotPublished));
    }

    /// <summary>A review's stage and, for each list of the dashboard, whether the list's filter holds it: the filters' own expressions, inlined.</summary>
    private static Expression<Func<Review, Marked>> Marks(DateOnly today, int amberWindowDays)
    {
        var review = Expression.Parameter(typeof(Review), "r");
        MemberAssignment Mark(string member, Expression<Func<Review, bool>> filter) =>
            Expression.Bind(typeof(Marked).GetProperty(member)!, new Inline(filter.Parameters[0], review).Visit(filter.Body));
        return Expression.Lambda<Func<Review, Marked>>(Expression.MemberInit(Expression.New(typeof(Marked)),
            Expression.Bind(typeof(Marked).GetProperty(nameof(Marked.Stage))!, Expression.Property(review, nameof(Review.Stage))),
            Mark(nameof(Marked.Overdue), ReviewFilters.RagIs(Rag.Red, today, amberWindowDays)),
            Mark(nameof(Marked.AtRisk), ReviewFilters.RagIs(Rag.Amber, today, amberWindowDays)),
            Mark(nameof(Marked.Paused), ReviewFilters.IsPaused),
            Mark(nameof(Marked.AwaitingHomeOffice), ReviewFilters.AwaitingHomeOffice),
            Mark(nameof(Marked.HomeOfficeNotTold), ReviewFilters.HomeOfficeNotTold),
            Mark(nameof(Marked.CommissionerCopyNotSent), ReviewFilters.CommissionerCopyNotSent),
            Mark(nameof(Marked.ApprovedNotPublished), ReviewFilters.ApprovedNotPublished)), review);
    }

    private sealed class Marked
    {
        public ReviewStage Stage { get; init; }
        public bool Overdue { get; init; }
        public bool AtRisk { get; init; }
        public bool Paused { get; init; }
        public bool AwaitingHomeOffice { get; init; }
        public bool HomeOfficeNotTold { get; init; }
        public bool CommissionerCopyNotSent { get; init; }
        public bool ApprovedNotPublished { get; init; }
    }

    /// <summary>Puts one filter's body where the marks' own review parameter is, so the filters become columns of one SELECT.</summary>
    private sealed class Inline(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
