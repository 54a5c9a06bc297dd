using DhrTracker.Core.Import;

namespace DhrTracker.IntegrationTests.Import;

/// <summary>Issue 11: quoted text arrives exactly as typed; "skip existing" lists what it skipped and leaves it alone.</summary>
public sealed class ImportContentTests(ImportWorlds worlds)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Semicolons_quotes_newlines_and_non_latin_letters_are_stored_exactly(DatabaseProvider provider)
    {
        await using var world = await worlds.NewAsync(provider);

        var report = ImportChecks.Ok(await world.Db.Get<ImportService>().ImportAsync(ImportFiles.Corpus("reviews/32-quoted-text-non-latin.csv")));

        Assert.True(report.Written, string.Join("; ", report.Errors));
        await using var context = world.Db.NewContext();
        var stored = await context.Reviews.Where(r => r.PartnershipId == world.PartnershipA && r.Reference.StartsWith("Northbridge"))
            .OrderBy(r => r.DateOfDeath)
            .Select(r => new
            {
                r.Reference,
                Victims = context.Victims.Where(v => v.ReviewId == r.Id).Select(v => v.Pseudonym).ToList(),
                Themes = context.ReviewKeyThemes.Where(k => k.ReviewId == r.Id).Join(context.Themes, k => k.ThemeId, t => t.Id, (k, t) => t.Name).ToList(),
            })
            .ToListAsync();
        Assert.Equal(["Northbridge DHR 2020-07 北桥", "Northbridge DHR 2020-08"], stored.Select(r => r.Reference));
        Assert.Equal(["Adult \"Ż\"; Łódź", "البالغة أ\nsecond line"], stored[0].Victims.Order(StringComparer.Ordinal));
        Assert.Equal(["成人 乙"], stored[1].Victims);
        Assert.Equal(["Clare's Law", "Ethnicity, culture and language"], stored[0].Themes.Order(StringComparer.Ordinal));
        Assert.Equal(["Ethnicity, culture and language", "Immigration status"], stored[1].Themes.Order(StringComparer.Ordinal));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Skip_existing_reports_the_reference_it_skipped_and_leaves_that_review_unchanged(DatabaseProvider provider)
    {
        const string existing = "Northbridge DHR 2017-01";
        await using var world = await worlds.NewAsync(provider, [new ExistingReview(existing, null)]);
        var before = await ReviewRowAsync(world, existing);

        var report = ImportChecks.Ok(await world.Db.Get<ImportService>().ImportAsync(ImportFiles.Corpus("reviews/30-existing-reference.csv", skipExisting: true)));

        Assert.Equal([existing], report.Skipped);
        Assert.Equal(["Northbridge DHR 2017-02"], report.Reviews.Select(r => r.Reference));
        Assert.True(report.Written);
        Assert.Equal(before, await ReviewRowAsync(world, existing));
    }

    /// <summary>The review's row and everything hung off it that an import could add, as text.</summary>
    private static async Task<string> ReviewRowAsync(TestWorld world, string reference)
    {
        await using var context = world.Db.NewContext();
        var review = await context.Reviews.AsNoTracking().SingleAsync(r => r.PartnershipId == world.PartnershipA && r.Reference == reference);
        var victims = await context.Victims.CountAsync(v => v.ReviewId == review.Id);
        var relationships = await context.Relationships.CountAsync(r => r.ReviewId == review.Id);
        var circumstances = await context.Circumstances.CountAsync(c => c.ReviewId == review.Id);
        var themes = await context.ReviewKeyThemes.CountAsync(k => k.ReviewId == review.Id);
        return $"{review.Version} {review.UpdatedUtc:O} {review.DateOfDeath} {review.DateNotified} {review.Decision} {review.Stage} "
            + $"{victims} {relationships} {circumstances} {themes}";
    }
}
