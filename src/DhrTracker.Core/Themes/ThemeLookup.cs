using DhrTracker.Core.Data;

namespace DhrTracker.Core.Themes;

/// <summary>Finds a partnership's theme or category by name ignoring case, as names arrive in imports and commands.</summary>
public static class ThemeLookup
{
    public static Task<Theme?> FindThemeAsync(AppDbContext db, int partnershipId, string name, CancellationToken ct = default)
    {
        var lower = name.Trim().ToLower();
        return db.Set<Theme>().FirstOrDefaultAsync(t => t.PartnershipId == partnershipId && t.Name.ToLower() == lower, ct);
    }

    public static Task<ThemeCategory?> FindCategoryAsync(AppDbContext db, int partnershipId, string name, CancellationToken ct = default)
    {
        var lower = name.Trim().ToLower();
        return db.Set<ThemeCategory>().FirstOrDefaultAsync(c => c.PartnershipId == partnershipId && c.Name.ToLower() == lower, ct);
    }
}
