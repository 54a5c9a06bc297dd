using DhrTracker.Core.Data;

namespace DhrTracker.Core.Identity;

/// <summary>Loads the current user's roles and partnership fresh from the database for every operation.</summary>
public sealed class CurrentUserLoader(IUserIdSource idSource, IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<CurrentUser> GetAsync(CancellationToken ct = default)
    {
        var userId = await idSource.GetUserIdAsync();
        if (string.IsNullOrEmpty(userId))
        {
            return CurrentUser.Anonymous;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.DisplayName, u.PartnershipId, u.AgencyId, u.DisabledUtc })
            .SingleOrDefaultAsync(ct);
        // Disabled stops everything at once. A lockout (someone else typing wrong passwords) only
        // blocks new sign-ins: the real user's session keeps working (ASVS 6.3.1, R7).
        if (user is null || user.DisabledUtc is not null)
        {
            return CurrentUser.Anonymous;
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(ct);
        return new CurrentUser(user.Id, user.DisplayName, roles.ToHashSet(), user.PartnershipId, user.AgencyId);
    }
}
