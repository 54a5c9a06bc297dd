using DhrTracker.Core.Import;
using DhrTracker.Core.Reviews;

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
    public async Task The_preview_lists_each_review_with_the_values_of_its_rows(DatabaseProvider provider)
    {
        await using var world = await worlds.NewAsync(provider);

        var reviews = ImportChecks.Ok(await world.Db.Get<ImportService>().PreviewAsync(ImportFiles.Corpus("reviews/01-good-mixed-decisions.csv"))).Reviews;

        Assert.Equal(["Northbridge DHR 2019-01", "Northbridge DHR 2019-02", "Northbridge DHR 2020-01", "Northbridge DHR 2021-01"], reviews.Select(r => r.Reference));
        Assert.Equal(
        [
            (new DateOnly(2019, 3, 14), new DateOnly(2019, 3, 20), ReviewDecision.Hold, (DateOnly?)new DateOnly(2019, 4, 25), (DateOnly?)new DateOnly(2020, 11, 2), 1, 2),
            (new DateOnly(2019, 6, 1), new DateOnly(2019, 6, 3), ReviewDecision.Hold, new DateOnly(2019, 7, 10), null, 2, 0),
            (new DateOnly(2020, 2, 11), new DateOnly(2020, 2, 18), ReviewDecision.NotHold, new DateOnly(2020, 3, 30), null, 1, 1),
            (new DateOnly(2021, 9, 5), new DateOnly(2021, 9, 6), ReviewDecision.Pending, null, null, 1, 0),
        ], reviews.Select(r => (r.DateOfDeath, r.DateNotified, r.Decision, r.DecisionDate, r.PublishedOn, r.Victims, r.ChildrenInHousehold)));
        Assert.Equal(["Coercive control", "Separation"], reviews[0].Themes.Order(StringComparer.Ordinal));
        Assert.Equal(["Abuse of older people"], reviews[1].Themes);
        Assert.Empty(reviews[3].Themes);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_spreadsheet_reads_real_date_cells_and_dates_typed_as_text_alike(DatabaseProvider provider)
    {
        await using var world = await worlds.NewAsync(provider);

        var reviews = ImportChecks.Ok(await world.Db.Get<ImportService>().PreviewAsync(ImportFiles.Corpus("reviews/36-good-spreadsheet.xlsx"))).Reviews;

        Assert.Equal(
        [
            ("Northbridge DHR 2016-01", new DateOnly(2016, 4, 3), new DateOnly(2016, 4, 8), (DateOnly?)new DateOnly(2016, 5, 19), (DateOnly?)new DateOnly(2017, 9, 1), 2, 2),
            ("Northbridge DHR 2016-02", new DateOnly(2016, 10, 12), new DateOnly(2016, 10, 14), new DateOnly(2016, 11, 30), null, 1, 0),
        ], reviews.Select(r => (r.Reference, r.DateOfDeath, r.DateNotified, r.DecisionDate, r.PublishedOn, r.Victims, r.ChildrenInHousehold)));
        Assert.Equal(["Coercive control", "Stalking and harassment"], reviews[0].Themes.Order(StringComparer.Ordinal));
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
