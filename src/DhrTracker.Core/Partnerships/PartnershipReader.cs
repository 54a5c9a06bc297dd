using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Partnerships;

/// <summary>What the shell needs to know about the signed-in user's partnership.</summary>
public sealed class PartnershipReader(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser)
{
    public async Task<string?> CurrentNameAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (user.PartnershipId is not { } id)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Partnerships.Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync(ct);
    }

    /// <summary>The signed-in user's partnership with its review-type names, or null when the user has none (ADR 0358).</summary>
    public async Task<PartnershipLabel?> CurrentLabelAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (user.PartnershipId is not { } id)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Partnerships.Where(p => p.Id == id)
            .Select(p => new PartnershipLabel(p.Name, p.ReviewTypeName, p.ReviewTypeAbbreviation)).SingleOrDefaultAsync(ct);
    }
}
