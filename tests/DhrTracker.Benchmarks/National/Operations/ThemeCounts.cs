using DhrTracker.Core.Audit;
using DhrTracker.Core.Learning;
using DhrTracker.Core.People;

namespace DhrTracker.Benchmarks.National.Operations;

/// <summary>Themes across the partnership's reviews: each theme's reviews and findings, and its reviews split by Home Office category.</summary>
internal sealed class ThemeCounts : Operation<ThemeCountsReport, ThemeCounts.FloorReport>
{
    public override string Name => "Theme counts with the category split";

    protected override Task<ThemeCountsReport> App(NationalDatabase db) => db.Get<ThemeLearningService>().CountsAsync();

    protected override async Task<FloorReport> Floor(NationalDatabase db)
    {
        var user = await FloorSql.UserAsync(db);
        var args = new[] { ("$p", (object?)user.PartnershipId) };
        // A review's themes are its key themes and its findings' themes, each counted under the theme it was merged into.
        // The database counts the reviews of each (theme, set of relationship kinds); the category of a set is the product's rule.
        var split = await FloorSql.ReadAsync(db, """
            WITH pairs AS (
              SELECT k.ThemeId, k.ReviewId FROM ReviewKeyThemes k JOIN Reviews r ON r.Id = k.ReviewId WHERE r.PartnershipId = $p
              UNION
              SELECT ft.ThemeId, f.ReviewId FROM FindingThemes ft JOIN Findings f ON f.Id = ft.FindingId JOIN Reviews r ON r.Id = f.ReviewId
              WHERE r.PartnershipId = $p),
            resolved AS (SELECT DISTINCT coalesce(t.MergedIntoThemeId, t.Id) AS ThemeId, p.ReviewId FROM pairs p JOIN Themes t ON t.Id = p.ThemeId),
            kinds AS (
              SELECT ReviewId, group_concat(Kind) AS Kinds FROM (
                SELECT DISTINCT x.ReviewId, x.Kind FROM Relationships x JOIN Reviews r ON r.Id = x.ReviewId WHERE r.PartnershipId = $p
                ORDER BY x.ReviewId, x.Kind)
              GROUP BY ReviewId)
            SELECT s.ThemeId, k.Kinds, count(*) FROM resolved s LEFT JOIN kinds k ON k.ReviewId = s.ReviewId GROUP BY s.ThemeId, k.Kinds
            """, r => (Theme: r.GetString(0), Category: FloorSql.String(r, 1) is { } kinds
                ? ReviewCategoryRules.Classify(kinds.Split(',').Select(Enum.Parse<RelationshipKind>), false).Category?.ToString()
                : null, Reviews: r.GetInt32(2)), args);
        var findings = (await FloorSql.ReadAsync(db, """
            SELECT coalesce(t.MergedIntoThemeId, t.Id), count(DISTINCT ft.FindingId)
            FROM FindingThemes ft JOIN Findings f ON f.Id = ft.FindingId JOIN Reviews r ON r.Id = f.ReviewId JOIN Themes t ON t.Id = ft.ThemeId
            WHERE r.PartnershipId = $p GROUP BY 1
            """, r => (Theme: r.GetString(0), Count: r.GetInt32(1)), args)).ToDictionary(f => f.Theme, f => f.Count);
        var themes = await FloorSql.ReadAsync(db, """
            SELECT t.Id, t.Name || ' (' || c.Name || ')' || iif(t.IsRetired, ' retired', '')
              || coalesce(' from ' || (SELECT group_concat(m.Name, ', ') FROM Themes m WHERE m.MergedIntoThemeId = t.Id), '')
            FROM Themes t JOIN ThemeCategories c ON c.Id = t.CategoryId WHERE t.PartnershipId = $p AND t.MergedIntoThemeId IS NULL
            """, r => (Id: r.GetString(0), Name: r.GetString(1)), args);
        var counted = await FloorSql.ScalarAsync(db, "SELECT count(*) FROM Reviews WHERE PartnershipId = $p", args);
        var byTheme = split.ToLookup(s => s.Theme);
        var rows = themes.Select(t => new FloorRow(t.Name, byTheme[t.Id].Sum(s => s.Reviews), findings.GetValueOrDefault(t.Id),
            byTheme[t.Id].Where(s => s.Category is not null).GroupBy(s => s.Category!).ToDictionary(g => g.Key, g => g.Sum(s => s.Reviews)))).ToList();
        await FloorSql.AuditAsync(db, user, AuditActions.List, "ThemeCounts", user.PartnershipId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "");
        return new FloorReport(counted, rows);
    }

    protected override string Answer(ThemeCountsReport app) => Answer(new FloorReport(app.ReviewsCounted,
        app.Rows.Select(r => new FloorRow($"{r.Name} ({r.Category}){(r.IsRetired ? " retired" : "")}{(r.MergedFrom.Count > 0 ? " from " + string.Join(", ", r.MergedFrom) : "")}", r.Reviews, r.Findings, r.ReviewsByCategory.ToDictionary())).ToList()));

    protected override string Answer(FloorReport floor) => $"{floor.Counted} reviews: " + string.Join("; ", floor.Rows
        .Select(r => $"{r.Theme} {r.Reviews}/{r.Findings} [{string.Join(",", r.ByCategory.Where(c => c.Value > 0).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"))}]")
        .Order(StringComparer.Ordinal));

    internal sealed record FloorRow(string Theme, int Reviews, int Findings, Dictionary<string, int> ByCategory);

    internal sealed record FloorReport(long Counted, List<FloorRow> Rows);
}
