using System.Text.Json;
using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using FluentValidation;

namespace DhrTracker.Core.Reviews;

/// <summary>
/// Records an agreed revised timetable on a review: the target date, why, and when it was agreed. It is shown
/// beside the statutory and pause-adjusted dates, and sets RAG when the partnership says so (ADR 0357).
/// Coordinators of the review's partnership only; a review the user may not see is not found.
/// </summary>
public sealed class RevisedTimetableService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<RevisedTimetableInput> validator,
    TimeProvider time)
{
    /// <summary>Records (or replaces) the agreed timetable; returns the review's new version.</summary>
    public async Task<Result<Guid>> SetAsync(Guid reviewId, RevisedTimetableInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.Include(r => r.Partnership).ThenInclude(p => p!.Timescales).FindVisibleAsync(user, reviewId, ct);
        if (review is null || !ReviewAccess.CanChange(user, review))
        {
            await db.RecordDeniedAsync(time, user, AuditActions.Update, AuditTrail.ReviewEntity, reviewId.ToString(), ct);
            return review is null ? throw new NotFoundException("Review") : Result<Guid>.Refused("", Refusals.NotPermitted);
        }

        var validation = await validator.ValidateAsync(input, ct);
        var errors = validation.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList();
        errors.AddRange(Check(review, input));
        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        if (review.Version != input.Version)
        {
            return Result<Guid>.Refused("", Refusals.Conflict);
        }

        var reason = input.Reason!.Trim();
        var values = JsonSerializer.Serialize(new Dictionary<string, object?[]>
        {
            [nameof(Review.RevisedTargetDate)] = [review.RevisedTargetDate, input.RevisedTargetDate],
            [nameof(Review.RevisedTargetReason)] = [review.RevisedTargetReason, reason],
            [nameof(Review.RevisedTargetAgreedOn)] = [review.RevisedTargetAgreedOn, input.AgreedOn],
        });
        review.RevisedTargetDate = input.RevisedTargetDate;
        review.RevisedTargetReason = reason;
        review.RevisedTargetAgreedOn = input.AgreedOn;
        ReviewClocks.RefreshDueDate(review, ClockSettings.From(review.Partnership!, review.DateNotified));
        db.ReviewEvents.Add(new ReviewEvent
        {
            ReviewId = review.Id,
            AtUtc = time.GetUtcNow().UtcDateTime,
            UserId = user.UserId,
            UserName = user.DisplayName,
            Kind = ReviewEventKind.TimetableRevised,
            EffectiveDate = input.AgreedOn,
            Note = $"Revised target date {UkDates.Format(input.RevisedTargetDate!.Value)}: {reason}",
        });
        db.Record(time, user, AuditActions.Update, AuditTrail.ReviewEntity, review.Id.ToString(),
            detail: $"{nameof(Review.RevisedTargetDate)}, {nameof(Review.RevisedTargetReason)}, {nameof(Review.RevisedTargetAgreedOn)}",
            changes: values);
        db.ExpectVersion(review, input.Version);
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

    /// <summary>The rules that need the review: not once it has ended, and no date before the death was notified.</summary>
    private static IEnumerable<FieldError> Check(Review review, RevisedTimetableInput input)
    {
        if (review.IsEnded)
        {
            yield return new("", $"This review is {review.Stage.Display().ToLowerInvariant()}: its timetable can no longer be revised.");
            yield break;
        }

        var notified = UkDates.Format(review.DateNotified);
        if (input.RevisedTargetDate < review.DateNotified)
        {
            yield return new(nameof(input.RevisedTargetDate), $"The revised target date cannot be before the death was notified ({notified}).");
        }

        if (input.AgreedOn < review.DateNotified)
        {
            yield return new(nameof(input.AgreedOn), $"The date it was agreed cannot be before the death was notified ({notified}).");
        }
    }
}
