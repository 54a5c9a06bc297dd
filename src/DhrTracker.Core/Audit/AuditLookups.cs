using DhrTracker.Core.Access;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Audit;

/// <summary>Turns a typed email or review reference into ids, within what the searcher may name; the validator and the reader share it.</summary>
internal static class AuditLookups
{
    public static async Task<List<string>> UserIdsAsync(IDbContextFactory<AppDbContext> dbFactory, CurrentUser user, string? email,
        CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await UserIdsAsync(db, user, email, ct);
    }

    public static async Task<List<string>> UserIdsAsync(AppDbContext db, CurrentUser user, string? email, CancellationToken ct)
    {
        var normalized = email?.Trim().ToUpperInvariant() ?? "";
        if (normalized == AuditLabels.CommandName.ToUpperInvariant())
        {
            return [DhrCommandIdentity.UserId];
        }

        return await db.Users.AsNoTracking().Nameable(user).Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).ToListAsync(ct);
    }

    public static async Task<List<Guid>> ReviewIdsAsync(IDbContextFactory<AppDbContext> dbFactory, CurrentUser user, string? reference,
        CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ReviewIdsAsync(db, user, reference, ct);
    }

    /// <summary>An installation-wide Administrator may match several partnerships' reviews: references are unique per partnership only.</summary>
    public static async Task<List<Guid>> ReviewIdsAsync(AppDbContext db, CurrentUser user, string? reference, CancellationToken ct)
    {
        if (!AuditAccess.CanSearch(user))
        {
            return [];
        }

        var trimmed = reference?.Trim() ?? "";
        return await db.Reviews.AsNoTracking()
            .Where(r => r.Reference == trimmed && (user.PartnershipId == null || r.PartnershipId == user.PartnershipId))
            .Select(r => r.Id).ToListAsync(ct);
    }
}
