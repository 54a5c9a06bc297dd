using DhrTracker.Core.Audit;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Learning;

namespace DhrTracker.Benchmarks.National.Operations;

/// <summary>The drill-down behind the busiest theme's count: the first page of its findings and the reviews holding it as a key theme.</summary>
internal sealed class ThemeDrillDownPage : Operation<ThemeDrillDown, ThemeDrillDownPage.FloorPage>
{
    private Guid theme;

    public override string Name => "Theme drill-down (busiest theme)";

    public override async Task PrepareAsync(NationalDatabase db) =>
        theme = Guid.Parse((await FloorSql.ReadAsync(db, """
            SELECT ft.ThemeId FROM FindingThemes ft JOIN Findings f ON f.Id = ft.FindingId JOIN Reviews r ON r.Id = f.ReviewId
            JOIN Themes t ON t.Id = ft.ThemeId
            WHERE r.PartnershipId = $p AND t.MergedIntoThemeId IS NULL GROUP BY ft.ThemeId ORDER BY count(*) DESC, ft.ThemeId LIMIT 1
            """, r => r.GetString(0), ("$p", db.PartnershipId))).Single());

    protected override async Task<ThemeDrillDown> App(NationalDatabase db) =>
        await db.Get<ThemeLearningService>().DrillDownAsync(theme) ?? throw new InvalidOperationException("The busiest theme was not found.");

    protected override async Task<FloorPage> Floor(NationalDatabase db)
    {
        var user = await FloorSql.UserAsync(db);
        // SQLite keeps a Guid as upper-case text.
        var args = new[] { ("$p", (object?)user.PartnershipId), ("$t", (object?)theme.ToString().ToUpperInvariant()) };
        await FloorSql.AuditAsync(db, user, AuditActions.View, "ThemeFindings", theme.ToString(), "");
        var name = (await FloorSql.ReadAsync(db, """
            SELECT t.Name || ' (' || c.Name || ')' || coalesce(' from ' || (SELECT group_concat(m.Name, ', ') FROM Themes m WHERE m.MergedIntoThemeId = t.Id), '')
            FROM Themes t JOIN ThemeCategories c ON c.Id = t.CategoryId WHERE t.Id = $t AND t.PartnershipId = $p
            """, r => r.GetString(0), args)).Single();
        const string matching = """
            FROM Findings f JOIN Reviews r ON r.Id = f.ReviewId
            WHERE r.PartnershipId = $p AND EXISTS (SELECT 1 FROM FindingThemes ft JOIN Themes t ON t.Id = ft.ThemeId
              WHERE ft.FindingId = f.Id AND (t.Id = $t OR t.MergedIntoThemeId = $t))
            """;
        var total = await FloorSql.ScalarAsync(db, "SELECT count(*) " + matching, args);
        var findings = await FloorSql.ReadAsync(db, $"""
            SELECT r.Reference, f.Type, coalesce(g.Name, f.AgencyName), f.Narrative, f.ReviewId, f.Id, f.AgencyId, f.AgencyIsOther, f.PeriodOrEvent
            {matching.Replace("WHERE r.", "LEFT JOIN Agencies g ON g.Id = f.AgencyId WHERE r.", StringComparison.Ordinal)}
            ORDER BY r.Reference, f.CreatedUtc, f.Id LIMIT 25
            """, r => $"{r.GetGuid(4)} {r.GetString(0)} {r.GetGuid(5)} {r.GetString(1)} {(r.IsDBNull(6) ? "" : r.GetInt32(6))} {r.GetBoolean(7)} {FloorSql.String(r, 2)} {r.GetString(3).Length} {FloorSql.String(r, 8)}", args);
        var keyThemeOf = await FloorSql.ReadAsync(db, """
            SELECT r.Id, r.Reference FROM Reviews r WHERE r.PartnershipId = $p AND EXISTS (SELECT 1 FROM ReviewKeyThemes k JOIN Themes t ON t.Id = k.ThemeId
              WHERE k.ReviewId = r.Id AND (t.Id = $t OR t.MergedIntoThemeId = $t))
            ORDER BY r.Reference
            """, r => $"{r.GetGuid(0)} {r.GetString(1)}", args);
        return new FloorPage(name, total, findings, keyThemeOf);
    }

    protected override string Answer(ThemeDrillDown app) => Answer(new FloorPage($"{app.Name} ({app.Category}){(app.MergedFrom.Count > 0 ? " from " + string.Join(", ", app.MergedFrom) : "")}", app.TotalFindings,
        app.Findings.Select(f => $"{f.ReviewId} {f.ReviewReference} {f.FindingId} {f.Type} {f.Agency.AgencyId} {f.Agency.IsOther} {f.Agency.RegisterName ?? f.Agency.Text} {f.Narrative.Length} {f.PeriodOrEvent}").ToList(),
        app.KeyThemeOf.Select(k => $"{k.Id} {k.Reference}").ToList()));

    protected override string Answer(FloorPage floor) =>
        $"{floor.Name}: {floor.Total} findings: {string.Join("; ", floor.Findings)}; key theme of {string.Join(", ", floor.KeyThemeOf)}";

    internal sealed record FloorPage(string Name, long Total, List<string> Findings, List<string> KeyThemeOf);
}
