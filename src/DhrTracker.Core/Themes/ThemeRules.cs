using DhrTracker.Core.Data;

namespace DhrTracker.Core.Themes;

/// <summary>Which themes may be given to a finding or review: the partnership's own, and active unless already held.</summary>
public static class ThemeRules
{
    public static async Task<FieldError?> CheckAsync(AppDbContext db, int partnershipId, IReadOnlyCollection<Guid> themeIds,
        IReadOnlySet<Guid> alreadyHeld, string field, CancellationToken ct = default, string givenTo = "a finding")
    {
        var found = await db.Themes.AsNoTracking()
            .Where(t => themeIds.Contains(t.Id) && t.PartnershipId == partnershipId)
            .Select(t => new { t.Id, t.Name, t.IsRetired, t.MergedIntoThemeId })
            .ToListAsync(ct);
        if (found.Count != themeIds.Count)
        {
            return new FieldError(field, "A chosen theme is not in this partnership's taxonomy. Choose themes from the list.");
        }

        var newlyGiven = found.Where(t => !alreadyHeld.Contains(t.Id)).ToList();
        if (newlyGiven.FirstOrDefault(t => t.MergedIntoThemeId is not null) is { } merged)
        {
            return new FieldError(field, $"'{merged.Name}' has been merged into another theme. Choose the theme it was merged into.");
        }

        if (newlyGiven.FirstOrDefault(t => t.IsRetired) is { } retired)
        {
            return new FieldError(field, $"'{retired.Name}' is retired and cannot be given to {givenTo}. Choose an active theme.");
        }

        return null;
    }
}
