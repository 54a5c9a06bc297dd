using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;

namespace DhrTracker.Core.Identity;

/// <summary>Loads the current user's roles and partnership fresh from the database for every operation.</summary>
/// <remarks>
/// A disabled account is anonymous at once, whatever its cookie or circuit says. A locked-out
/// account is not: lockout (someone typing wrong passwords) only blocks new sign-ins, so the real
/// user's open session keeps working.
/// </remarks>
public sealed class CurrentUserLoader(IUserIdSource idSource, IDbContextFactory<AppDbContext> dbFactory, RequestOrigin origin)
{
    public async Task<CurrentUser> GetAsync(CancellationToken ct = default)
    {
        if (idSource is DhrCommandIdentity)
        {
            return DhrCommandIdentity.User with { Origin = origin };
        }

        var userId = await idSource.GetUserIdAsync();
        if (string.IsNullOrEmpty(userId))
        {
            return CurrentUser.Anonymous with { Origin = origin };
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.DisplayName, u.PartnershipId, u.AgencyId, u.DisabledUtc })
            .SingleOrDefaultAsync(ct);
        if (user is null || user.DisabledUtc is not null)
        {
            return CurrentUser.Anonymous with { Origin = origin };
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(ct);
        return new CurrentUser(user.Id, user.DisplayName, roles.ToHashSet(), user.PartnershipId, user.AgencyId) { Origin = origin };
    }
}
