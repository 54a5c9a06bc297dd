using System.Text.Json;
using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Retention;

/// <summary>
/// Places and lifts a legal hold on a review (ADR 0305). A review the user may not see is not found;
/// one they may read but not hold is refused; both are audited as denied. The reason is kept in the
/// audit row's values (read by Coordinators), not its detail (read by Administrators).
/// </summary>
public sealed class LegalHoldService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<LegalHoldInput> validator,
    TimeProvider time)
{
    /// <summary>Places a hold, or replaces the reason and date of the one in place. Returns the review's new version.</summary>
    public async Task<Result<Guid>> SetAsync(Guid reviewId, LegalHoldInput input, CancellationToken ct = default)
    {
        var (user, db, review) = await LoadAsync(reviewId, AuditActions.LegalHoldSet, ct);
        await using var _ = db;
        if (!ReviewAccess.CanSetLegalHold(user, review))
        {
            return await DenyAsync(db, user, AuditActions.LegalHoldSet, reviewId, ct);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        return await SaveAsync(db, user, review, input.Version, AuditActions.LegalHoldSet, input.Reason!.Trim(), input.Since!.Value, ct);
    }

    /// <summary>Lifts the hold: from then on retention treats the review like any other.</summary>
    public async Task<Result<Guid>> ClearAsync(Guid reviewId, Guid version, CancellationToken ct = default)
    {
        var (user, db, review) = await LoadAsync(reviewId, AuditActions.LegalHoldCleared, ct);
        await using var _ = db;
        if (!ReviewAccess.CanSetLegalHold(user, review))
        {
            return await DenyAsync(db, user, AuditActions.LegalHoldCleared, reviewId, ct);
        }

        if (review.LegalHoldReason is null)
        {
            return review.Version == version ? Result<Guid>.Ok(review.Version) : Result<Guid>.Refused("", Refusals.Conflict);
        }

        return await SaveAsync(db, user, review, version, AuditActions.LegalHoldCleared, null, null, ct);
    }

    private async Task<Result<Guid>> SaveAsync(AppDbContext db, CurrentUser user, Review review, Guid loadedVersion, string action,
        string? reason, DateOnly? since, CancellationToken ct)
    {
        if (review.Version != loadedVersion)
        {
            return Result<Guid>.Refused("", Refusals.Conflict);
        }

        var values = JsonSerializer.Serialize(new Dictionary<string, object?[]>
        {
            [nameof(Review.LegalHoldReason)] = [review.LegalHoldReason, reason],
            [nameof(Review.LegalHoldSince)] = [review.LegalHoldSince, since],
        });
        review.LegalHoldReason = reason;
        review.LegalHoldSince = since;
        db.Record(time, user, action, AuditTrail.ReviewEntity, review.Id.ToString(),
            detail: $"{nameof(Review.LegalHoldReason)}, {nameof(Review.LegalHoldSince)}", changes: values);
        db.ExpectVersion(review, loadedVersion);
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Ok(review.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<Guid>.Refused("", Refusals.Conflict);
        }
    }

    private async Task<(CurrentUser User, AppDbContext Db, Review Review)> LoadAsync(Guid reviewId, string action, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.FindVisibleAsync(user, reviewId, ct);
        if (review is null)
        {
            db.Record(time, user, action, AuditTrail.ReviewEntity, reviewId.ToString(), AuditOutcome.Denied);
            await db.SaveChangesAsync(ct);
            await db.DisposeAsync();
            throw new NotFoundException("Review");
        }

        return (user, db, review);
    }

    private async Task<Result<Guid>> DenyAsync(AppDbContext db, CurrentUser user, string action, Guid reviewId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.Record(time, user, action, AuditTrail.ReviewEntity, reviewId.ToString(), AuditOutcome.Denied);
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Refused("", Refusals.NotPermitted);
    }
}
