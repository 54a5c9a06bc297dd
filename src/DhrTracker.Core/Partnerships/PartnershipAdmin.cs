using DhrTracker.Core.Agencies;
using DhrTracker.Core.Data;
using DhrTracker.Core.Themes;
using FluentValidation;

namespace DhrTracker.Core.Partnerships;

/// <summary>
/// Installation-level set-up of partnerships, used by the <c>dhr</c> command (a system identity, not a
/// signed-in user) and by the demo seed.
/// </summary>
public sealed class PartnershipAdmin(IDbContextFactory<AppDbContext> dbFactory, IValidator<NewPartnershipInput> validator)
{
    public async Task<Result<int>> CreateAsync(NewPartnershipInput input, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<int>.Refused(validation);
        }

        var name = input.Name.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await FindAsync(db, name, ct) is not null)
        {
            return Result<int>.Refused(nameof(input.Name), $"A partnership called '{name}' already exists.");
        }

        var partnership = new Partnership { Name = name, ReferencePrefix = input.ReferencePrefix.Trim() };
        db.Partnerships.Add(partnership);
        SeedTaxonomy.AddTo(db, partnership);

        // Every partnership starts with the usual agencies, saved with it so neither exists without the other.
        db.Agencies.AddRange(AgencyDefaults.For(partnership));
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(partnership.Id);
    }

    /// <summary>Finds a partnership by name, ignoring case, as names are typed on the command line.</summary>
    public async Task<Partnership?> FindByNameAsync(string name, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await FindAsync(db, name.Trim(), ct);
    }

    /// <summary>The id of the named agency on the partnership's register (case-insensitive), or null.</summary>
    public async Task<int?> FindAgencyIdAsync(int partnershipId, string name, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var trimmed = name.Trim().ToLower();
        return await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.Name.ToLower() == trimmed)
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
    }

    private static Task<Partnership?> FindAsync(AppDbContext db, string name, CancellationToken ct) =>
        db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Name.ToLower() == name.ToLower(), ct);
}
