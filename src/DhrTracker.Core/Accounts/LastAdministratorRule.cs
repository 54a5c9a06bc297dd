using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Accounts;

/// <summary>
/// A partnership (and the installation) must keep at least one Administrator who can sign in, or
/// nobody could manage its accounts again without the <c>dhr</c> command. Active means set up (a
/// password) and not disabled; a temporary lockout still counts as active.
/// </summary>
internal static class LastAdministratorRule
{
    public const string Message =
        "This is the last active Administrator of its partnership (or, for an installation-wide account, of the installation). Make someone else an Administrator first.";

    /// <summary>Whether taking this account out of the active Administrators would leave its partnership, or the installation, with none.</summary>
    public static async Task<bool> AppliesAsync(AppDbContext db, AppUser account, CancellationToken ct)
    {
        if (account.DisabledUtc is not null || account.PasswordHash is null || !await IsAdministratorAsync(db, account.Id, ct))
        {
            return false;
        }

        var partnershipId = account.PartnershipId;
        var admins = AdministratorIds(db);
        return !await db.Users.AnyAsync(u => u.Id != account.Id && u.PartnershipId == partnershipId
            && u.DisabledUtc == null && u.PasswordHash != null && admins.Contains(u.Id), ct);
    }

    public static Task<bool> IsAdministratorAsync(AppDbContext db, string userId, CancellationToken ct) =>
        AdministratorIds(db).ContainsAsync(userId, ct);

    private static IQueryable<string> AdministratorIds(AppDbContext db) =>
        db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Administrator)).Select(ur => ur.UserId);
}
