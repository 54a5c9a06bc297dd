using DhrTracker.Core.Data;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Search;

/// <summary>
/// The search's SQL. <see cref="Matching"/> narrows the reviews the user may see to those with a match in any
/// field (one statement of EXISTS clauses); <see cref="HitsAsync"/> then reads, for the few reviews shown, which
/// values matched. Every comparison is <c>LIKE</c> on a lower-cased column with <see cref="SearchPattern"/>, which
/// SQLite and SQL Server both run as written. Victims are matched on their pseudonym only: the restricted real name never.
/// </summary>
internal static class SearchQueries
{
    private const string Esc = SearchPattern.Escape;

    public static IQueryable<Review> Matching(AppDbContext db, IQueryable<Review> visible, string p) => visible.Where(r =>
        EF.Functions.Like(r.Reference.ToLower(), p, Esc)
        || db.Victims.Any(v => v.ReviewId == r.Id && EF.Functions.Like(v.Pseudonym.ToLower(), p, Esc))
        || db.PanelMemberships.Any(s => s.ReviewId == r.Id && s.Role == PanelRole.Chair
            && db.Users.Any(u => u.Id == s.UserId && EF.Functions.Like(u.DisplayName.ToLower(), p, Esc)))
        || db.ReviewAgencies.Any(a => a.ReviewId == r.Id && EF.Functions.Like(a.Agency!.Name.ToLower(), p, Esc))
        || db.Findings.Any(f => f.ReviewId == r.Id && (EF.Functions.Like(f.Narrative.ToLower(), p, Esc)
            || EF.Functions.Like((f.Agency != null ? f.Agency.Name : f.AgencyName)!.ToLower(), p, Esc)
            || f.Themes.Any(t => db.Themes.Any(th => th.Id == t.ThemeId && EF.Functions.Like(th.Name.ToLower(), p, Esc)))))
        || db.ReviewKeyThemes.Any(k => k.ReviewId == r.Id
            && db.Themes.Any(th => th.Id == k.ThemeId && EF.Functions.Like(th.Name.ToLower(), p, Esc))));

    /// <summary>Each matching value of the given reviews, with its field; a few small statements, one per kind of record.</summary>
    public static async Task<List<(Guid ReviewId, SearchField Field, string Text)>> HitsAsync(AppDbContext db, List<Guid> ids,
        string p, CancellationToken ct)
    {
        var hits = new List<(Guid, SearchField, string)>();
        async Task Add(SearchField field, IQueryable<ReviewText> query) =>
            hits.AddRange((await query.ToListAsync(ct)).Select(h => (h.ReviewId, field, h.Text)));

        await Add(SearchField.Reference, db.Reviews.Where(r => ids.Contains(r.Id) && EF.Functions.Like(r.Reference.ToLower(), p, Esc))
            .Select(r => new ReviewText(r.Id, r.Reference)));
        await Add(SearchField.VictimPseudonym, db.Victims.Where(v => ids.Contains(v.ReviewId) && EF.Functions.Like(v.Pseudonym.ToLower(), p, Esc))
            .OrderBy(v => v.Pseudonym).Select(v => new ReviewText(v.ReviewId, v.Pseudonym)));
        // Joins rather than correlated sub-selects: SQLite has no APPLY.
        await Add(SearchField.Chair,
            from s in db.PanelMemberships
            join u in db.Users on s.UserId equals u.Id
            where ids.Contains(s.ReviewId) && s.Role == PanelRole.Chair && EF.Functions.Like(u.DisplayName.ToLower(), p, Esc)
            select new ReviewText(s.ReviewId, u.DisplayName));
        await Add(SearchField.ReviewAgency, db.ReviewAgencies.Where(a => ids.Contains(a.ReviewId) && EF.Functions.Like(a.Agency!.Name.ToLower(), p, Esc))
            .OrderBy(a => a.Agency!.Name).Select(a => new ReviewText(a.ReviewId, a.Agency!.Name)));
        // A finding names a register agency, or keeps text for "Other" and for old text not yet matched (ADR 0388).
        await Add(SearchField.FindingAgency, db.Findings.Where(f => ids.Contains(f.ReviewId))
            .Select(f => new { f.ReviewId, Text = (f.Agency != null ? f.Agency.Name : f.AgencyName)! })
            .Where(h => EF.Functions.Like(h.Text.ToLower(), p, Esc)).OrderBy(h => h.Text).Select(h => new ReviewText(h.ReviewId, h.Text)));
        await Add(SearchField.KeyTheme,
            from k in db.ReviewKeyThemes
            join th in db.Themes on k.ThemeId equals th.Id
            where ids.Contains(k.ReviewId) && EF.Functions.Like(th.Name.ToLower(), p, Esc)
            orderby th.Name
            select new ReviewText(k.ReviewId, th.Name));
        await Add(SearchField.FindingTheme,
            from t in db.FindingThemes
            join f in db.Findings on t.FindingId equals f.Id
            join th in db.Themes on t.ThemeId equals th.Id
            where ids.Contains(f.ReviewId) && EF.Functions.Like(th.Name.ToLower(), p, Esc)
            orderby th.Name
            select new ReviewText(f.ReviewId, th.Name));
        await Add(SearchField.FindingText, db.Findings.Where(f => ids.Contains(f.ReviewId) && EF.Functions.Like(f.Narrative.ToLower(), p, Esc))
            .OrderBy(f => f.CreatedUtc).Select(f => new ReviewText(f.ReviewId, f.Narrative)));
        return hits;
    }

    private sealed record ReviewText(Guid ReviewId, string Text);
}
