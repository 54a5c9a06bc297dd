using DhrTracker.Core.Data;
using DhrTracker.Core.Findings;

namespace DhrTracker.Core.Themes;

/// <summary>
/// A partnership's whole taxonomy read once (it is small), so findings can be shown under the theme
/// they now count under and the form can offer only active themes.
/// </summary>
public sealed class ThemeTaxonomy
{
    public sealed record Entry(Guid Id, string Name, string Category, int CategoryOrder, int Order, string Keywords, bool IsRetired, Guid? MergedIntoThemeId)
    {
        public bool IsActive => !IsRetired && MergedIntoThemeId is null;
    }

    private ThemeTaxonomy(IReadOnlyList<Entry> entries)
    {
        Entries = entries;
        ById = entries.ToDictionary(e => e.Id);
        Canonical = ThemeResolver.Canonical(entries.ToDictionary(e => e.Id, e => e.MergedIntoThemeId));
    }

    public IReadOnlyList<Entry> Entries { get; }
    public IReadOnlyDictionary<Guid, Entry> ById { get; }

    /// <summary>Theme id to the id it counts under.</summary>
    public IReadOnlyDictionary<Guid, Guid> Canonical { get; }

    public static async Task<ThemeTaxonomy> LoadAsync(AppDbContext db, int partnershipId, CancellationToken ct = default)
    {
        var entries = await db.Themes.AsNoTracking().Where(t => t.PartnershipId == partnershipId)
            .Select(t => new Entry(t.Id, t.Name, t.Category!.Name, t.Category.SortOrder, t.SortOrder, t.Keywords, t.IsRetired, t.MergedIntoThemeId))
            .ToListAsync(ct);
        return new ThemeTaxonomy(entries.OrderBy(e => e.CategoryOrder).ThenBy(e => e.Order).ThenBy(e => e.Name).ToList());
    }

    /// <summary>The themes a set of stored ids counts under, once each, in taxonomy order.</summary>
    public IReadOnlyList<ThemeTag> Tags(IEnumerable<Guid> themeIds)
    {
        var wanted = themeIds.Where(Canonical.ContainsKey).Select(id => Canonical[id]).ToHashSet();
        return Entries.Where(e => wanted.Contains(e.Id)).Select(e => new ThemeTag(e.Id, e.Name, e.Category)).ToList();
    }

    public IReadOnlyList<ThemeChoice> ActiveChoices() =>
        Entries.Where(e => e.IsActive).Select(e => new ThemeChoice(e.Id, e.Name, e.Category, ThemeKeywords.Parse(e.Keywords))).ToList();
}
