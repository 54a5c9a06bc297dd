using DhrTracker.Core.Data;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Analytics;

/// <summary>
/// What every series is built from: the reviews the user may see notified in the period
/// (<see cref="Notified"/>), those of them decided to be held (<see cref="Held"/>), the partnership's
/// clocks and the UK date today. Queries, not lists: each series counts in the database.
/// </summary>
internal sealed record AnalyticsScope(
    AppDbContext Db,
    int PartnershipId,
    IQueryable<Review> Notified,
    IQueryable<Review> Held,
    Partnerships.PartnershipTimescales Clocks,
    DateOnly Today)
{
    public IQueryable<Guid> HeldIds => Held.Select(r => r.Id);

    /// <summary>Every year from the first to the last given, so a chart over time shows the quiet years as zero.</summary>
    public static IReadOnlyList<int> YearsBetween(IEnumerable<int> years)
    {
        var list = years.ToList();
        return list.Count == 0 ? [] : Enumerable.Range(list.Min(), list.Max() - list.Min() + 1).ToList();
    }
}
