using System.Globalization;
using System.Text;
using DhrTracker.Core.Common;
using DhrTracker.Core.Synthetic;

namespace DhrTracker.IntegrationTests.Synthetic;

/// <summary>Seeds a test database as <c>dhr seed-synthetic</c> does, and reads its content back as text to compare.</summary>
internal static class SyntheticData
{
    public static Task<Result<SyntheticSeedReport>> SeedAsync(TestDatabase db, int partnerships, int reviews, int seed) =>
        db.AsInstallation<SyntheticSeeder>().SeedAsync(new SyntheticSeedRequest(partnerships, reviews, seed));

    public static async Task<SyntheticSeedReport> SeededAsync(TestDatabase db, int partnerships, int reviews, int seed)
    {
        var result = await SeedAsync(db, partnerships, reviews, seed);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value!;
    }

    /// <summary>
    /// Every key column of the synthetic records, ordered, one line each: two databases with the same lines hold the same data.
    /// Partnership ids are the database's own (1, 2, …), so they are left out in favour of names.
    /// </summary>
    public static async Task<string> DumpAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var text = new StringBuilder();
        void Line(params object?[] values) => text.AppendLine(string.Join("|", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));

        foreach (var p in await db.Partnerships.OrderBy(p => p.Name).ToListAsync())
        {
            Line("P", p.Name, p.ReferencePrefix);
        }

        foreach (var r in (await db.Reviews.ToListAsync()).OrderBy(r => r.Reference, StringComparer.Ordinal))
        {
            Line("R", r.Id, r.Reference, r.DateOfDeath, r.DateNotified, r.Stage, r.Decision, r.DecisionDate, r.TermsOfReferenceDate,
                r.QaSubmissionDate, r.PublicationDate, r.ClosedDate, r.ActiveDueDate);
        }

        foreach (var v in (await db.Victims.ToListAsync()).OrderBy(v => v.Id))
        {
            Line("V", v.Id, v.ReviewId, v.Pseudonym, v.AgeAtDeath, v.Sex, v.DeathType);
        }

        foreach (var x in (await db.Relationships.ToListAsync()).OrderBy(x => x.Id))
        {
            Line("K", x.Id, x.VictimId, x.PerpetratorId, x.Kind);
        }

        foreach (var c in (await db.Circumstances.ToListAsync()).OrderBy(c => c.ReviewId))
        {
            Line("C", c.ReviewId, c.CoerciveControl, c.Stalking, c.Separation, c.EconomicAbuse, c.ChildrenPresent, c.ChildrenInHousehold);
        }

        // Theme ids are new in every database (the taxonomy is seeded with new ids): compared by name.
        var themes = await db.Themes.ToDictionaryAsync(t => t.Id, t => t.Name);
        foreach (var f in (await db.Findings.Include(f => f.Themes).ToListAsync()).OrderBy(f => f.Id))
        {
            Line("F", f.Id, f.ReviewId, f.Type, f.AgencyId, f.Narrative, string.Join(",", f.Themes.Select(t => themes[t.ThemeId]).Order(StringComparer.Ordinal)));
        }

        foreach (var a in (await db.Actions.ToListAsync()).OrderBy(a => a.Id))
        {
            Line("A", a.Id, a.ReviewId, a.Number, a.Status, a.Rag, a.TargetDate, a.CompletedOn, a.SignedOffUtc, a.Description);
        }

        return text.ToString();
    }
}
