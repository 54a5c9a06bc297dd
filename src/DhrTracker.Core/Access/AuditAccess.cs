using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Access;

/// <summary>
/// Who may search the whole audit trail: Administrators, and only its metadata (who, when, what, which
/// record, outcome, where from). The values before and after a change are case content: they reach a
/// review's Coordinators only (<see cref="ReviewAccess.CanReadAuditTrail"/>).
/// </summary>
public static class AuditAccess
{
    /// <summary>Searching and exporting the trail: Administrators only.</summary>
    public static bool CanSearch(CurrentUser user) => user.IsIn(Roles.Administrator);

    /// <summary>
    /// The entries an Administrator may search. An installation-wide Administrator (no partnership) sees
    /// every entry. A partnership's Administrator sees the entries written by anyone acting in the
    /// partnership, entries about its reviews (e.g. by the <c>dhr</c> command), account events of the
    /// accounts they manage (sign-ins carry no partnership), and their own.
    /// </summary>
    public static IQueryable<AuditEntry> Searchable(this IQueryable<AuditEntry> entries, AppDbContext db, CurrentUser user)
    {
        if (!CanSearch(user))
        {
            return entries.Where(_ => false);
        }

        if (user.PartnershipId is not { } partnershipId)
        {
            return entries;
        }

        var userId = user.UserId;
        return entries.Where(a => a.PartnershipId == partnershipId
            || a.UserId == userId
            || (a.ReviewId != null && db.Reviews.Any(r => r.Id == a.ReviewId && r.PartnershipId == partnershipId))
            || (a.EntityType == AuditLabels.AccountEntity && db.Users.Any(u => u.Id == a.EntityId && u.PartnershipId == partnershipId)));
    }

    /// <summary>The accounts whose email a search may name: the ones an Administrator manages, or a Coordinator's partnership.</summary>
    public static IQueryable<AppUser> Nameable(this IQueryable<AppUser> users, CurrentUser user) =>
        CanSearch(user) ? users.Manageable(user)
        : user.PartnershipId is { } partnershipId ? users.Where(u => u.PartnershipId == partnershipId)
        : users.Where(_ => false);
}
