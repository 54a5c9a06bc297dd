using DhrTracker.Core.Data;
using DhrTracker.Core.Themes;

namespace DhrTracker.Core.Learning;

/// <summary>
/// Counts themes in the database where it can: a theme untouched by merges is counted by SQL
/// (distinct reviews over key themes UNION findings' themes, and its findings). Only themes in a merge
/// group bring their (theme, review, finding) rows back, and the category split its distinct (theme, review) pairs, to be counted by
/// <see cref="ThemeCounter"/>, so memory stays flat as reviews grow (see docs/performance.md).
/// </summary>
internal static class ThemeCountQuery
{
    internal sealed record PerTheme(Guid ThemeId, int Count);

    /// <summary>The SQL of a count, built apart so a test can check it parses as T-SQL without a server.</summary>
    internal sealed record Queries(IQueryable<PerTheme> Reviews, IQueryable<PerTheme> Findings, IQueryable<ThemeUse> ReviewUses, IQueryable<ThemeUse> FindingUses);

    internal static Queries Build(AppDbContext db, IQueryable<Guid> reviewIds, IReadOnlyList<Guid> inMergeGroups, bool everyUse)
    {
        var keyThemes = db.ReviewKeyThemes.Where(k => reviewIds.Contains(k.ReviewId));
        var findingThemes = db.FindingThemes.Where(t => reviewIds.Contains(t.Finding!.ReviewId));
        var reviewPairs = keyThemes.Select(k => new { k.ThemeId, k.ReviewId })
            .Union(findingThemes.Select(t => new { t.ThemeId, t.Finding!.ReviewId }));
        var singles = reviewPairs.Where(p => !inMergeGroups.Contains(p.ThemeId));
        var grouped = everyUse ? reviewPairs : reviewPairs.Where(p => inMergeGroups.Contains(p.ThemeId));
        var groupedFindings = findingThemes.Where(t => inMergeGroups.Contains(t.ThemeId));
        return new Queries(
            singles.GroupBy(p => p.ThemeId).Select(g => new PerTheme(g.Key, g.Count())),
            findingThemes.Where(t => !inMergeGroups.Contains(t.ThemeId)).GroupBy(t => t.ThemeId).Select(g => new PerTheme(g.Key, g.Count())),
            grouped.Select(p => new ThemeUse(p.ReviewId, p.ThemeId, null)),
            groupedFindings.Select(t => new ThemeUse(t.Finding!.ReviewId, t.ThemeId, t.FindingId)));
    }

    public static async Task<IReadOnlyDictionary<Guid, ThemeTally>> CountAsync(AppDbContext db, IQueryable<Guid> reviewIds,
        ThemeTaxonomy taxonomy, IReadOnlyDictionary<Guid, string>? categoryOfReview, CancellationToken ct)
    {
        // Themes merged into another, or that others were merged into: their uses must be de-duplicated together.
        var inMergeGroups = taxonomy.Canonical.Where(c => c.Key != c.Value).SelectMany(c => new[] { c.Key, c.Value }).Distinct().ToList();
        var everyUse = categoryOfReview is not null;
        var queries = Build(db, reviewIds, inMergeGroups, everyUse);
        var tallies = new Dictionary<Guid, ThemeTally>();
        var findings = await queries.Findings.ToDictionaryAsync(f => f.ThemeId, f => f.Count, ct);
        if (!everyUse)
        {
            foreach (var r in await queries.Reviews.ToListAsync(ct))
            {
                tallies[r.ThemeId] = new ThemeTally(r.ThemeId, r.Count, findings.GetValueOrDefault(r.ThemeId), new Dictionary<string, int>());
            }
        }

        // The category split needs every (theme, review) pair; merge groups also need their findings' rows.
        if (everyUse || inMergeGroups.Count > 0)
        {
            var uses = await queries.ReviewUses.ToListAsync(ct);
            uses.AddRange(await queries.FindingUses.ToListAsync(ct));
            foreach (var (id, tally) in ThemeCounter.Count(uses, taxonomy.Canonical, categoryOfReview))
            {
                tallies[id] = inMergeGroups.Contains(id) ? tally : tally with { Findings = findings.GetValueOrDefault(id) };
            }
        }

        return tallies;
    }
}
