using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using FluentValidation;

namespace DhrTracker.Core.Reviews;

/// <summary>Reviews of the current user's partnership: create, list, open. Every call re-checks access.</summary>
public sealed class ReviewService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<NewReviewInput> validator,
    TimeProvider time)
{
    private const string Entity = nameof(Review);

    public async Task<Result<Guid>> CreateAsync(NewReviewInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!ReviewAccess.CanCreate(user))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.Create, Entity, "", AuditOutcome.Denied, ct: ct);
            return Result<Guid>.Refused("", "You do not have permission to create reviews.");
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        var reference = input.Reference.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var partnershipId = user.PartnershipId!.Value;
        if (await db.Reviews.AnyAsync(r => r.PartnershipId == partnershipId && r.Reference == reference, ct))
        {
            return Result<Guid>.Refused(nameof(NewReviewInput.Reference),
                $"Reference '{reference}' is already used by another review in this partnership. Choose a different reference.");
        }

        var review = new Review
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnershipId,
            Reference = reference,
            DateOfDeath = input.DateOfDeath!.Value,
            DateNotified = input.DateNotified!.Value,
            Stage = ReviewStage.Notified,
            CreatedByUserId = user.UserId,
        };
        db.Reviews.Add(review);
        db.Record(time, user, AuditActions.Create, Entity, review.Id.ToString(),
            detail: "Reference, DateOfDeath, DateNotified, Stage");
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Ok(review.Id);
    }

    public async Task<PagedResult<ReviewListItem>> ListAsync(ReviewQuery query, PageRequest page, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var reviews = db.Reviews.AsNoTracking().Visible(user);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            reviews = reviews.Where(r => r.Reference.Contains(term));
        }

        if (query.Stage is { } stage)
        {
            reviews = reviews.Where(r => r.Stage == stage);
        }

        var total = await reviews.CountAsync(ct);
        var items = await Sort(reviews, page)
            .Skip(page.Skip).Take(page.Take)
            .Select(r => new ReviewListItem(r.Id, r.Reference, r.DateOfDeath, r.DateNotified, r.Stage))
            .ToListAsync(ct);
        return new PagedResult<ReviewListItem>(items, total);
    }

    /// <summary>How many visible reviews stand at each stage (stages with none are left out).</summary>
    public async Task<IReadOnlyDictionary<ReviewStage, int>> CountByStageAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.Reviews.Visible(user).GroupBy(r => r.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return counts.ToDictionary(c => c.Stage, c => c.Count);
    }

    /// <summary>Opens a review and audits the view. Unknown and forbidden ids both give null (not found).</summary>
    public async Task<ReviewDetails?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var details = await db.Reviews.AsNoTracking().Visible(user)
            .Where(r => r.Id == id)
            .Select(r => new ReviewDetails(r.Id, r.Reference, r.Partnership!.Name, r.DateOfDeath, r.DateNotified,
                r.Stage, r.CreatedUtc, false))
            .SingleOrDefaultAsync(ct);

        var outcome = details is null ? AuditOutcome.Denied : AuditOutcome.Succeeded;
        db.Record(time, user, AuditActions.View, Entity, id.ToString(), outcome);
        await db.SaveChangesAsync(ct);
        return details is null ? null : details with { CanChange = user.IsIn(Roles.Coordinator) };
    }

    private static IQueryable<Review> Sort(IQueryable<Review> reviews, PageRequest page) => (page.SortBy, page.Descending) switch
    {
        (nameof(ReviewListItem.Reference), false) => reviews.OrderBy(r => r.Reference),
        (nameof(ReviewListItem.Reference), true) => reviews.OrderByDescending(r => r.Reference),
        (nameof(ReviewListItem.DateOfDeath), false) => reviews.OrderBy(r => r.DateOfDeath).ThenBy(r => r.Reference),
        (nameof(ReviewListItem.DateOfDeath), true) => reviews.OrderByDescending(r => r.DateOfDeath).ThenBy(r => r.Reference),
        (nameof(ReviewListItem.Stage), false) => reviews.OrderBy(r => r.Stage).ThenBy(r => r.Reference),
        (nameof(ReviewListItem.Stage), true) => reviews.OrderByDescending(r => r.Stage).ThenBy(r => r.Reference),
        (nameof(ReviewListItem.DateNotified), false) => reviews.OrderBy(r => r.DateNotified).ThenBy(r => r.Reference),
        _ => reviews.OrderByDescending(r => r.DateNotified).ThenBy(r => r.Reference),
    };
}
