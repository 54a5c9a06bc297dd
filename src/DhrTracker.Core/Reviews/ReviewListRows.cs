using DhrTracker.Core.Data;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;

namespace DhrTracker.Core.Reviews;

/// <summary>
/// One page of the reviews list, sorted and read in a single SQL query: the review's own columns, its open pause,
/// its victims' pseudonyms, the kinds of its relationships (for the category) and its chair's display name.
/// </summary>
internal static class ReviewListRows
{
    public static async Task<List<ReviewListItem>> ReadAsync(AppDbContext db, IQueryable<Review> reviews, PageRequest page, DateOnly today,
        int amberWindowDays, CancellationToken ct)
    {
        // Two small collections per row (victims, relationship kinds): one query is cheaper than a query per collection.
        var rows = await Sort(reviews, page)
            .Skip(page.Skip).Take(page.Take)
            .Select(r => new
            {
                r.Id,
                r.Reference,
                r.DateOfDeath,
                r.DateNotified,
                r.Stage,
                r.Decision,
                r.ActiveDueDate,
                PausedFor = r.Pauses.Where(p => p.EndDate == null).Select(p => (PauseReason?)p.Reason).FirstOrDefault(),
                Victims = db.Victims.Where(v => v.ReviewId == r.Id).OrderBy(v => v.Pseudonym).Select(v => v.Pseudonym).ToList(),
                Kinds = db.Relationships.Where(x => x.ReviewId == r.Id).Select(x => x.Kind).ToList(),
                // The panel is the one source of the chair, not the typed IndependentChair field.
                Chair = r.Panel.Where(p => p.Role == PanelRole.Chair)
                    .Select(p => db.Users.Where(u => u.Id == p.UserId).Select(u => u.DisplayName).FirstOrDefault())
                    .FirstOrDefault(),
            })
            .AsSingleQuery()
            .ToListAsync(ct);
        return rows.Select(r => new ReviewListItem(r.Id, r.Reference, r.DateOfDeath, r.DateNotified, r.Stage, r.Decision,
                r.ActiveDueDate, ReviewClocks.RagFor(r.ActiveDueDate, today, amberWindowDays),
                r.ActiveDueDate is { } due ? Math.Max(0, today.DayNumber - due.DayNumber) : 0, r.PausedFor)
        {
            Victims = string.Join(", ", r.Victims),
            Category = ReviewCategoryRules.Classify(r.Kinds, anyVictimDiedBySuicide: false).Category,
            Chair = string.IsNullOrWhiteSpace(r.Chair) ? ReviewListItem.NoChair : r.Chair,
        })
            .ToList();
    }

    private static IQueryable<Review> Sort(IQueryable<Review> reviews, PageRequest page) => (page.SortBy, page.Descending) switch
    {
        (nameof(ReviewListItem.Reference), false) => reviews.OrderBy(r => r.Reference),
        (nameof(ReviewListItem.Reference), true) => reviews.OrderByDescending(r => r.Reference),
        (nameof(ReviewListItem.DateOfDeath), false) => reviews.OrderBy(r => r.DateOfDeath).ThenBy(r => r.Reference),
        (nameof(ReviewListItem.DateOfDeath), true) => reviews.OrderByDescending(r => r.DateOfDeath).ThenBy(r => r.Reference),
        (nameof(ReviewListItem.Stage), false) => reviews.OrderBy(ReviewFilters.StageOrder).ThenBy(r => r.Reference),
        (nameof(ReviewListItem.Stage), true) => reviews.OrderByDescending(ReviewFilters.StageOrder).ThenBy(r => r.Reference),
        (nameof(ReviewListItem.DateNotified), false) => reviews.OrderBy(r => r.DateNotified).ThenBy(r => r.Reference),
        // Reviews with no running clock sort last either way. Most days overdue = earliest due date.
        (nameof(ReviewListItem.DueDate), false) or (nameof(ReviewListItem.DaysOverdue), true) =>
            reviews.OrderBy(r => r.ActiveDueDate == null).ThenBy(r => r.ActiveDueDate).ThenBy(r => r.Reference),
        (nameof(ReviewListItem.DueDate), true) or (nameof(ReviewListItem.DaysOverdue), false) =>
            reviews.OrderBy(r => r.ActiveDueDate == null).ThenByDescending(r => r.ActiveDueDate).ThenBy(r => r.Reference),
        _ => reviews.OrderByDescending(r => r.DateNotified).ThenBy(r => r.Reference),
    };
}
