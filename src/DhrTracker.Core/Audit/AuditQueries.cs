using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Audit;

/// <summary>The trail's filters and projections as SQL, shared by the review's tab, the search and the export.</summary>
internal static class AuditQueries
{
    /// <summary>One entry's metadata with the account's name and email looked up in the same query.</summary>
    public sealed record Metadata(long Id, DateTime AtUtc, long Sequence, string UserId, string? Name, string? Email, string Roles,
        string Action, string EntityType, string EntityId, string? ReviewReference, AuditOutcome Outcome, string? Detail,
        string? IpAddress, string? UserAgent, string? CircuitId)
    {
        public AuditSearchRow ToRow() => new(Id, AtUtc, AuditLabels.Who(UserId, Name), Email, Roles, AuditLabels.Describe(Action, EntityType),
            Action, EntityType, EntityId, ReviewReference, Outcome, Detail, IpAddress, UserAgent, CircuitId);
    }

    public static async Task<IQueryable<AuditEntry>> FilterAsync(this IQueryable<AuditEntry> entries, AppDbContext db, CurrentUser user,
        AuditSearch search, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(search.UserEmail))
        {
            var userIds = await AuditLookups.UserIdsAsync(db, user, search.UserEmail, ct);
            entries = entries.Where(a => userIds.Contains(a.UserId));
        }

        if (!string.IsNullOrWhiteSpace(search.ReviewReference))
        {
            var reviewIds = (await AuditLookups.ReviewIdsAsync(db, user, search.ReviewReference, ct)).Select(id => (Guid?)id).ToList();
            entries = entries.Where(a => reviewIds.Contains(a.ReviewId));
        }

        if (!string.IsNullOrEmpty(search.Action))
        {
            var action = search.Action;
            entries = entries.Where(a => a.Action == action);
        }

        if (search.Outcome is { } outcome)
        {
            entries = entries.Where(a => a.Outcome == outcome);
        }

        // UK calendar days: a day in summer begins at 23:00 UTC the evening before.
        if (search.From is { } from)
        {
            var start = UkDates.StartOfDayUtc(from);
            entries = entries.Where(a => a.AtUtc >= start);
        }

        if (search.To is { } to)
        {
            var end = UkDates.StartOfDayUtc(to.AddDays(1));
            entries = entries.Where(a => a.AtUtc < end);
        }

        return entries;
    }

    public static IOrderedQueryable<AuditEntry> NewestFirst(this IQueryable<AuditEntry> entries) =>
        entries.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Sequence);

    public static IQueryable<Metadata> SelectMetadata(this IQueryable<AuditEntry> entries, AppDbContext db) =>
        entries.Select(a => new Metadata(a.Id, a.AtUtc, a.Sequence, a.UserId,
            db.Users.Where(u => u.Id == a.UserId).Select(u => u.DisplayName).FirstOrDefault(),
            db.Users.Where(u => u.Id == a.UserId).Select(u => u.Email).FirstOrDefault(),
            a.Roles, a.Action, a.EntityType, a.EntityId,
            db.Reviews.Where(r => r.Id == a.ReviewId).Select(r => r.Reference).FirstOrDefault(),
            a.Outcome, a.Detail, a.IpAddress, a.UserAgent, a.CircuitId));

    /// <summary>A page asked for beyond the last one: a clear refusal rather than an empty grid that looks like "nothing happened".</summary>
    public static FieldError? PastTheEnd(PageRequest page, int total)
    {
        if (page.Page <= 0 || page.Skip < total)
        {
            return null;
        }

        var pages = (total + page.Take - 1) / page.Take;
        return new FieldError(nameof(PageRequest.Page), pages == 0
            ? $"Page: there is no page {page.Page + 1}, because no entries match the search."
            : $"Page: there is no page {page.Page + 1}; the entries that match fill {pages} page{(pages == 1 ? "" : "s")}.");
    }
}
