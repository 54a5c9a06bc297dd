using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Accounts;

/// <summary>Reads accounts as the list and the account page show them, with their roles, partnership and agency names.</summary>
internal static class AccountRows
{
    public sealed record Loaded(AccountRow Row, int? PartnershipId, int? AgencyId, bool PanelEligible, DateTime? DisabledUtc);

    public static async Task<List<Loaded>> LoadAsync(AppDbContext db, IQueryable<AppUser> users, DateTimeOffset now, CancellationToken ct)
    {
        var accounts = await users.OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                u.PartnershipId,
                PartnershipName = db.Partnerships.Where(p => p.Id == u.PartnershipId).Select(p => p.Name).FirstOrDefault(),
                u.AgencyId,
                AgencyName = db.Agencies.Where(a => a.Id == u.AgencyId).Select(a => a.Name).FirstOrDefault(),
                u.DisabledUtc,
                u.LockoutEnd,
                HasPassword = u.PasswordHash != null,
                u.TwoFactorEnabled,
                u.LastSignInUtc,
                u.ExcludedFromPanels,
            })
            .ToListAsync(ct);
        var roles = (await db.UserRoles.Where(ur => users.Any(u => u.Id == ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(ct))
            .ToLookup(r => r.UserId, r => r.Name!);

        return accounts.Select(a => new Loaded(
            new AccountRow(a.Id, a.DisplayName, a.Email ?? "", roles[a.Id].Order().ToList(), a.PartnershipName, a.AgencyName,
                AccountLabels.StatusOf(a.DisabledUtc, a.LockoutEnd, a.HasPassword, now), a.TwoFactorEnabled, a.LastSignInUtc),
            a.PartnershipId, a.AgencyId, !a.ExcludedFromPanels, a.DisabledUtc)).ToList();
    }
}
