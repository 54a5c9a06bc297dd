using DhrTracker.Core.Actions;
using DhrTracker.Core.Import;

namespace DhrTracker.IntegrationTests.Import;

/// <summary>How many of each imported record a partnership holds, to compare before and after an import.</summary>
public sealed record ImportedRecords(int Reviews, int Victims, int Relationships, int Recommendations, int Actions)
{
    public static async Task<ImportedRecords> CountAsync(AppDbContext db, int partnershipId)
    {
        var reviews = db.Reviews.Where(r => r.PartnershipId == partnershipId).Select(r => r.Id);
        return new ImportedRecords(
            await reviews.CountAsync(),
            await db.Victims.CountAsync(v => reviews.Contains(v.ReviewId)),
            await db.Relationships.CountAsync(r => reviews.Contains(r.ReviewId)),
            await db.Recommendations.CountAsync(r => reviews.Contains(r.ReviewId)),
            await db.Actions.CountAsync(a => reviews.Contains(a.ReviewId)));
    }

    /// <summary>
    /// The database holds exactly what the report says was created: each review with its dates, decision,
    /// stage, victims (each in a relationship), children in the household and key themes; each action with
    /// its owner, dates and status, complete ones marked as signed off before the import.
    /// </summary>
    public static async Task AssertWrittenAsync(TestDatabase database, int partnershipId, ImportedRecords before, ImportReport report)
    {
        await using var db = database.NewContext();
        var after = await CountAsync(db, partnershipId);
        Assert.Equal(before with
        {
            Reviews = before.Reviews + report.Reviews.Count,
            Victims = before.Victims + report.Victims,
            Relationships = before.Relationships + report.Victims,
            Recommendations = before.Recommendations + report.Recommendations,
            Actions = before.Actions + report.Actions.Count,
        }, after);

        foreach (var r in report.Reviews)
        {
            var review = await db.Reviews.SingleAsync(x => x.PartnershipId == partnershipId && x.Reference == r.Reference);
            Assert.Equal((r.DateOfDeath, r.DateNotified, r.Decision, r.DecisionDate, r.Stage, r.PublishedOn),
                (review.DateOfDeath, review.DateNotified, review.Decision, review.DecisionDate, review.Stage, review.PublicationDate));
            var victims = await db.Victims.Where(v => v.ReviewId == review.Id).Select(v => v.Id).ToListAsync();
            Assert.Equal(r.Victims, victims.Count);
            var related = await db.Relationships.Where(x => x.ReviewId == review.Id).Select(x => x.VictimId).ToListAsync();
            Assert.Equal(victims.Order(), related.Order());
            Assert.Equal(r.ChildrenInHousehold, await db.Circumstances.Where(c => c.ReviewId == review.Id).Select(c => c.ChildrenInHousehold).SingleAsync());
            var themes = await db.ReviewKeyThemes.Where(k => k.ReviewId == review.Id)
                .Join(db.Themes, k => k.ThemeId, t => t.Id, (k, t) => t.Name).ToListAsync();
            Assert.Equal(r.Themes.Select(t => t.ToLowerInvariant()).Order(), themes.Select(t => t.ToLowerInvariant()).Order());
        }

        foreach (var a in report.Actions)
        {
            var item = await db.Actions.Include(x => x.OwnerAgency).SingleAsync(x => x.Review!.PartnershipId == partnershipId
                && x.Review.Reference == a.Reference && x.Recommendation!.Number == a.RecommendationNumber && x.Number == a.ActionNumber);
            Assert.Equal((a.Action, a.OwnerAgency.ToLowerInvariant(), a.TargetDate, a.Status, a.CompletedOn),
                (item.Description, item.OwnerAgency!.Name.ToLowerInvariant(), item.TargetDate, item.Status, item.CompletedOn));
            Assert.Equal(a.Status == ActionStatus.Complete, item.SignedOffBeforeImport);
            Assert.Null(item.SignedOffByUserId);
        }
    }
}
