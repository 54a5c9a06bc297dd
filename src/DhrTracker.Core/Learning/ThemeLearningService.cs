using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Themes;

namespace DhrTracker.Core.Learning;

/// <summary>
/// What the partnership learns across reviews: each theme with the reviews and findings it appears in,
/// and the findings behind a count. Everything starts from <see cref="ReviewAccess.Visible"/>, so a
/// panel member's counts and drill-downs cover only the reviews they sit on.
/// </summary>
public sealed class ThemeLearningService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    TimeProvider time,
    IEnumerable<IReviewCategorySource> categorySources)
{
    private const string CountsEntity = "ThemeCounts";
    private const string DrillDownEntity = "ThemeFindings";

    public async Task<ThemeCountsReport> CountsAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!LearningAccess.CanSeeThemeCounts(user))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.List, CountsEntity, "", AuditOutcome.Denied, ct: ct);
            return ThemeCountsReport.Empty;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var reviewIds = db.Reviews.Visible(user).Select(r => r.Id);
        var taxonomy = await ThemeTaxonomy.LoadAsync(db, user.PartnershipId!.Value, ct);
        var source = categorySources.FirstOrDefault();
        var categories = source is null ? null : await source.CategoriesOfAsync(db, reviewIds, ct);
        var tallies = await ThemeCountQuery.CountAsync(db, reviewIds, taxonomy, categories, ct);

        var rows = taxonomy.Entries.Where(e => e.MergedIntoThemeId is null).Select(e =>
        {
            var tally = tallies.GetValueOrDefault(e.Id);
            return new ThemeCountRow(e.Id, e.Category, e.Name, e.IsRetired, MergedFrom(taxonomy, e.Id),
                tally?.Reviews ?? 0, tally?.Findings ?? 0, tally?.ReviewsByCategory ?? new Dictionary<string, int>());
        }).ToList();

        var counted = await reviewIds.CountAsync(ct);
        db.Record(time, user, AuditActions.List, CountsEntity, user.PartnershipId.Value.ToString());
        await db.SaveChangesAsync(ct);
        return new ThemeCountsReport(LearningAccess.SeesPartnershipWideCounts(user), counted, source?.Categories ?? [], rows);
    }

    /// <summary>The findings behind a theme's count, or null if the theme is not in the user's partnership.</summary>
    public async Task<ThemeDrillDown?> DrillDownAsync(Guid themeId, PageRequest? page = null, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var taxonomy = LearningAccess.CanSeeThemeCounts(user) ? await ThemeTaxonomy.LoadAsync(db, user.PartnershipId!.Value, ct) : null;
        db.Record(time, user, AuditActions.View, DrillDownEntity, themeId.ToString(),
            taxonomy?.ById.ContainsKey(themeId) == true ? AuditOutcome.Succeeded : AuditOutcome.Denied);
        await db.SaveChangesAsync(ct);
        if (taxonomy is null || !taxonomy.ById.ContainsKey(themeId))
        {
            return null;
        }

        var target = taxonomy.ById[taxonomy.Canonical[themeId]];
        var members = taxonomy.Canonical.Where(c => c.Value == target.Id).Select(c => c.Key).ToList();
        var reviews = db.Reviews.AsNoTracking().Visible(user);
        page ??= new PageRequest();
        var matching = db.Findings.AsNoTracking()
            .Where(f => reviews.Select(r => r.Id).Contains(f.ReviewId) && f.Themes.Any(t => members.Contains(t.ThemeId)));
        var total = await matching.CountAsync(ct);
        var findings = await matching
            .OrderBy(f => f.Review!.Reference).ThenBy(f => f.CreatedUtc).ThenBy(f => f.Id)
            .Skip(page.Skip).Take(page.Take)
            .Select(f => new ThemeFindingItem(f.ReviewId, f.Review!.Reference, f.Id, f.Type,
                new FindingAgency(f.AgencyId, f.Agency!.Name, f.AgencyIsOther, f.AgencyName), f.Narrative, f.PeriodOrEvent))
            .ToListAsync(ct);
        var keyThemeOf = await reviews
            .Where(r => db.ReviewKeyThemes.Any(k => k.ReviewId == r.Id && members.Contains(k.ThemeId)))
            .OrderBy(r => r.Reference).Select(r => new { r.Id, r.Reference }).ToListAsync(ct);
        return new ThemeDrillDown(target.Id, target.Name, target.Category, MergedFrom(taxonomy, target.Id), findings, total,
            keyThemeOf.Select(r => (r.Id, r.Reference)).ToList());
    }

    private static IReadOnlyList<string> MergedFrom(ThemeTaxonomy taxonomy, Guid id) =>
        taxonomy.Entries.Where(e => e.Id != id && taxonomy.Canonical[e.Id] == id).Select(e => e.Name).ToList();
}
