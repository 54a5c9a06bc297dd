using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.People;

/// <summary>Reads the people, relationships and circumstances of a review; sensitive facts only for those <see cref="ReviewAccess.ReadableFacts"/> allows.</summary>
public sealed class PeopleReader(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    /// <summary>Null when the review does not exist or the user may not see it. The view is audited.</summary>
    public async Task<ReviewPeople?> GetAsync(Guid reviewId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        db.Record(time, user, AuditActions.View, "ReviewPeople", reviewId.ToString(),
            review is null ? AuditOutcome.Denied : AuditOutcome.Succeeded, reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        if (review is null)
        {
            return null;
        }

        var readable = ReviewAccess.ReadableFacts(user, review);
        var victims = await db.Victims.AsNoTracking().Where(v => v.ReviewId == reviewId).OrderBy(v => v.Pseudonym).ToListAsync(ct);
        var perpetrators = await db.Perpetrators.AsNoTracking().Where(p => p.ReviewId == reviewId).OrderBy(p => p.Pseudonym).ToListAsync(ct);
        var relationships = await db.Relationships.AsNoTracking().Where(r => r.ReviewId == reviewId).ToListAsync(ct);
        var circumstances = await db.Circumstances.AsNoTracking().SingleOrDefaultAsync(c => c.ReviewId == reviewId, ct);

        var names = victims.Cast<PersonRecord>().Concat(perpetrators).ToDictionary(p => p.Id, p => p.Pseudonym);
        return new ReviewPeople(
            reviewId,
            victims.Select(v => new VictimView(v.Id, AgeBands.For(v.AgeAtDeath), PersonProjection.ToInput(v, readable))).ToList(),
            perpetrators.Select(p => new PerpetratorView(p.Id, p.Age is { } a ? AgeBands.For(a) : null, PersonProjection.ToInput(p, readable))).ToList(),
            relationships.Select(r => new RelationshipView(r.Id, r.VictimId, names[r.VictimId], r.PerpetratorId, names[r.PerpetratorId], r.Kind, r.Version))
                .OrderBy(r => r.Victim).ThenBy(r => r.Perpetrator).ToList(),
            circumstances is null ? new CircumstancesInput() : PersonProjection.ToInput(circumstances),
            ReviewCategoryRules.Classify(relationships.Select(r => r.Kind), victims.Any(v => v.DeathType == DeathType.Suicide)),
            ReviewAccess.CanWorkOn(user, review),
            // The family's identity is the Family tab's to withhold (FamilyService); this tab holds victims and perpetrators only.
            SensitiveFacts.Table.Select(row => row.Fact).Where(f => f != SensitiveFact.FamilyIdentity && !readable.Contains(f)).ToList());
    }
}
