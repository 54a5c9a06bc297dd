using DhrTracker.Core.Access;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.NamesCheck;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews.Qa;
using FluentValidation;

namespace DhrTracker.Core.Reviews;

/// <summary>
/// Changes to a review: stage moves, pauses, resumptions and edits of the record. Each call loads the
/// user afresh, checks <see cref="ReviewAccess"/>, validates with the form's validator, and saves the
/// change, its timeline line and its audit row together, or nothing at all.
/// </summary>
public sealed class ReviewLifecycleService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<ReviewRecordInput> recordValidator,
    IValidator<PauseReviewInput> pauseValidator,
    IValidator<ResumeReviewInput> resumeValidator,
    IValidator<ProceedingInput> proceedingValidator,
    TimeProvider time)
{
    private const string Entity = nameof(Review);

    public const string ConflictMessage =
        "Someone else changed this review after you opened it. Your input is kept: reload the review to see their changes, then apply yours again.";

    public async Task<Result<ReviewStage>> MoveAsync(Guid reviewId, StageMoveInput input, CancellationToken ct = default)
    {
        var (user, db, review) = await LoadAsync(reviewId, AuditActions.Move, ct);
        await using var _ = db;
        if (!ReviewAccess.CanMove(user, review, input.Move))
        {
            return await DenyAsync<ReviewStage>(db, user, AuditActions.Move, reviewId, ct);
        }

        if (review.Version != input.Version)
        {
            return Result<ReviewStage>.Refused("", ConflictMessage);
        }

        input.Regime = ReviewRegimes.For(review);
        var refusals = ReviewStageMachine.Check(review, input).ToList();

        // The chair is whoever sits in the panel's chair seat (ADR 0385), so the move asks the panel, not the form.
        if (input.Move == ReviewMove.AgreeTermsOfReference && refusals.All(r => r.Field != nameof(StageMoveInput.Move))
            && !await ReviewLeads.HasChairAsync(db, reviewId, ct))
        {
            refusals.Add(new(ReviewLeads.ChairField, ReviewLeads.NoChair));
        }

        if (refusals.Count > 0)
        {
            return Result<ReviewStage>.Refused(refusals);
        }

        // A DARDR is held only when the Domestic Abuse Act 2021 test is met (ADR 0353); a DHR keeps today's rules.
        if (input is { Move: ReviewMove.RecordDecision, Decision: ReviewDecision.Hold, Regime: ReviewRegime.Dardr }
            && await DardrScopeFacts.CheckAsync(db, reviewId, ct) is { Count: > 0 } outOfScope)
        {
            return Result<ReviewStage>.Refused(outOfScope);
        }

        // Closing ends monitoring: every action must be signed off or cancelled first, and the refusal names each one left.
        if (input.Move == ReviewMove.Close && await OpenActions.RefusalsAsync(db, reviewId, ct) is { Count: > 0 } open)
        {
            return Result<ReviewStage>.Refused(open);
        }

        // Publication waits for every area for final development the QA letter raised (ADR 0371); an agreed
        // non-publication does not, as nothing is published.
        if (input.Move == ReviewMove.Publish && QaAreas.PublicationRefusal(
                await db.Set<QaDevelopmentArea>().AsNoTracking().Where(a => a.ReviewId == reviewId).ToListAsync(ct)) is { } unfinished)
        {
            return Result<ReviewStage>.Refused([unfinished]);
        }

        // A report leaves the partnership only once the real names check finds nothing not accepted in it (ADR 0396).
        if (await NamesGate.RefusalsAsync(db, reviewId, input.Move, ct) is { Count: > 0 } named)
        {
            return Result<ReviewStage>.Refused(named);
        }

        var from = review.Stage;
        var note = input.Move == ReviewMove.ReconsiderDecision ? ReconsiderationNote.For(review, input) : input.Note;
        ReviewStageMachine.Apply(review, input);
        var broken = ValidateRecord(review);
        if (broken.Count > 0)
        {
            return Result<ReviewStage>.Refused(broken);
        }

        ReviewClocks.RefreshDueDate(review, ClockSettings.From(review.Partnership!, review.DateNotified));
        var line = NewEvent(user, review, ReviewEventKind.Moved, note, ReviewStageMachine.EffectiveDate(input));
        line.Move = input.Move;
        line.FromStage = from;
        line.ToStage = review.Stage;
        db.ReviewEvents.Add(line);
        db.Record(time, user, AuditActions.Move, Entity, review.Id.ToString(),
            detail: $"{input.Move}: {from} -> {review.Stage}; fields: {ChangedFields.Of(db.Entry(review))}",
            changes: ChangedFields.Values(db.Entry(review)));
        return await SaveAsync(db, review, input.Version, review.Stage, ct);
    }

    public async Task<Result<Guid>> PauseAsync(Guid reviewId, PauseReviewInput input, CancellationToken ct = default)
    {
        var (user, db, review) = await LoadAsync(reviewId, AuditActions.Pause, ct);
        await using var _ = db;
        if (!ReviewAccess.CanChange(user, review))
        {
            return await DenyAsync<Guid>(db, user, AuditActions.Pause, reviewId, ct);
        }

        var validation = await pauseValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        if (review.Version != input.Version)
        {
            return Result<Guid>.Refused("", ConflictMessage);
        }

        var start = input.StartDate!.Value;
        var lastEnd = review.Pauses.Where(p => p.EndDate is not null).Select(p => p.EndDate).Max();
        var refusal = review switch
        {
            { IsEnded: true } => $"This review is {review.Stage.Display().ToLowerInvariant()}: it cannot be paused.",
            { OpenPause: not null } => "This review is already paused. Resume it before pausing it again.",
            _ when start < review.DateNotified => $"Pause start date must be on or after the date notified ({UkDates.Format(review.DateNotified)}).",
            _ when start < lastEnd => $"Pause start date must be on or after the end of the previous pause ({UkDates.Format(lastEnd)}).",
            _ => null,
        };
        if (refusal is not null)
        {
            var field = review.IsEnded || review.OpenPause is not null ? "" : nameof(PauseReviewInput.StartDate);
            return Result<Guid>.Refused(field, refusal);
        }

        var newPause = new ReviewPause
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            StartDate = start,
            Reason = input.Reason!.Value,
            Note = Clean(input.Note),
        };
        review.Pauses.Add(newPause);
        db.ReviewPauses.Add(newPause);
        var line = NewEvent(user, review, ReviewEventKind.Paused, input.Note, start);
        line.PauseReason = input.Reason;
        db.ReviewEvents.Add(line);
        Touch(db, review);
        db.Record(time, user, AuditActions.Pause, Entity, review.Id.ToString(), detail: $"Reason: {input.Reason}; StartDate",
            changes: ChangedFields.Values(db.Entry(newPause)));
        return await SaveAsync(db, review, input.Version, review.Id, ct);
    }

    public async Task<Result<Guid>> ResumeAsync(Guid reviewId, ResumeReviewInput input, CancellationToken ct = default)
    {
        var (user, db, review) = await LoadAsync(reviewId, AuditActions.Resume, ct);
        await using var _ = db;
        if (!ReviewAccess.CanChange(user, review))
        {
            return await DenyAsync<Guid>(db, user, AuditActions.Resume, reviewId, ct);
        }

        var validation = await resumeValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        if (review.Version != input.Version)
        {
            return Result<Guid>.Refused("", ConflictMessage);
        }

        if (review.OpenPause is not { } pause)
        {
            return Result<Guid>.Refused("", "This review is not paused.");
        }

        if (input.EndDate < pause.StartDate)
        {
            return Result<Guid>.Refused(nameof(ResumeReviewInput.EndDate),
                $"Resume date must be on or after the date the pause started ({UkDates.Format(pause.StartDate)}).");
        }

        pause.EndDate = input.EndDate;
        var line = NewEvent(user, review, ReviewEventKind.Resumed, input.Note, input.EndDate);
        line.PauseReason = pause.Reason;
        db.ReviewEvents.Add(line);
        Touch(db, review);
        db.Record(time, user, AuditActions.Resume, Entity, review.Id.ToString(), detail: "EndDate", changes: ChangedFields.Values(db.Entry(pause)));
        return await SaveAsync(db, review, input.Version, review.Id, ct);
    }

    /// <summary>Saves an edit of the record. Returns the new version so the form can carry on editing.</summary>
    public async Task<Result<Guid>> UpdateAsync(Guid reviewId, ReviewRecordInput input, CancellationToken ct = default)
    {
        var (user, db, review) = await LoadAsync(reviewId, AuditActions.Update, ct);
        await using var _ = db;
        if (!ReviewAccess.CanChange(user, review))
        {
            return await DenyAsync<Guid>(db, user, AuditActions.Update, reviewId, ct);
        }

        // A stale save is a conflict before anything else: the form merges it with what the other person saved
        // (ADR 0398). Judged after the rules below, a decision someone recorded meanwhile would ask this user for
        // facts the other person already gave (its date, its rationale), and the merge would never be offered.
        if (review.Version != input.Version)
        {
            return Result<Guid>.Refused("", ConflictMessage);
        }

        // Decision and QA outcome change only through moves: judge the edit against the stored ones.
        input.Decision = review.Decision;
        input.QaOutcome = review.QaOutcome;
        input.Regime = ReviewRegimes.For(input.DateOfDeath ?? review.DateOfDeath, review.Partnership!.Section19CommencementDate);
        var validation = await recordValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        if (review.ReconsideredOn is not null && input.ReconsideredOn is null)
        {
            return Result<Guid>.Refused(nameof(ReviewRecordInput.ReconsideredOn),
                "The decision was reopened: its date can be corrected but not removed (the timeline keeps the earlier decision).");
        }

        // An edit may not clear a fact a passed stage needed. A fact missing before the edit (a review that
        // passed the stage before the fact was asked for, ADR 0352) does not block correcting others.
        var before = ReviewStageMachine.MissingFactsForStage(review.Stage, ReviewRecordInput.From(review)).Select(e => e.Field).ToHashSet();
        var missing = ReviewStageMachine.MissingFactsForStage(review.Stage, input).Where(e => !before.Contains(e.Field)).ToList();
        if (missing.Count > 0)
        {
            return Result<Guid>.Refused(missing.Select(e => e with { Message = $"{e.Message} The review has passed the stage that needs it." }));
        }

        var reference = input.Reference.Trim();
        if (reference != review.Reference
            && await db.Reviews.AnyAsync(r => r.PartnershipId == review.PartnershipId && r.Reference == reference && r.Id != review.Id, ct))
        {
            return ReviewService.ReferenceTaken(reference);
        }

        input.ApplyTo(review);
        ReviewClocks.RefreshDueDate(review, ClockSettings.From(review.Partnership!, review.DateNotified));
        var fields = ChangedFields.Of(db.Entry(review));
        if (fields.Length == 0)
        {
            return Result<Guid>.Ok(review.Version);
        }

        db.Record(time, user, AuditActions.Update, Entity, review.Id.ToString(), detail: fields, changes: ChangedFields.Values(db.Entry(review)));
        var saved = await SaveAsync(db, review, input.Version, 0, ct);
        return saved.Succeeded ? Result<Guid>.Ok(review.Version) : Result<Guid>.Refused(saved.Errors);
    }

    /// <summary>Adds or changes a parallel proceeding. It belongs to the review, so the review's version guards it.</summary>
    public async Task<Result<Guid>> SaveProceedingAsync(Guid reviewId, ProceedingInput input, CancellationToken ct = default)
    {
        var (user, db, review) = await LoadAsync(reviewId, AuditActions.Update, ct);
        await using var _ = db;
        if (!ReviewAccess.CanChange(user, review))
        {
            return await DenyAsync<Guid>(db, user, AuditActions.Update, reviewId, ct);
        }

        var validation = await proceedingValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        if (review.Version != input.Version)
        {
            return Result<Guid>.Refused("", ConflictMessage);
        }

        ParallelProceeding? proceeding;
        if (input.Id is { } id)
        {
            proceeding = await db.ParallelProceedings.SingleOrDefaultAsync(p => p.Id == id && p.ReviewId == review.Id, ct);
            if (proceeding is null)
            {
                return Result<Guid>.Refused("", "That proceeding was removed by someone else. Reload the review.");
            }
        }
        else
        {
            proceeding = new ParallelProceeding { Id = Guid.NewGuid(), ReviewId = review.Id };
            db.ParallelProceedings.Add(proceeding);
        }

        proceeding.Type = input.Type!.Value;
        proceeding.Status = input.Status!.Value;
        proceeding.Description = Clean(input.Description);
        proceeding.StartDate = input.StartDate;
        proceeding.NextKeyDate = input.NextKeyDate;
        proceeding.ConcludedDate = input.ConcludedDate;
        Touch(db, review);
        db.Record(time, user, input.Id is null ? AuditActions.Create : AuditActions.Update, nameof(ParallelProceeding), proceeding.Id.ToString(),
            detail: $"Review {review.Id}; Type, Status, Description, StartDate, NextKeyDate, ConcludedDate",
            reviewId: review.Id, changes: ChangedFields.Values(db.Entry(proceeding)));
        var saved = await SaveAsync(db, review, input.Version, 0, ct);
        return saved.Succeeded ? Result<Guid>.Ok(review.Version) : Result<Guid>.Refused(saved.Errors);
    }

    public async Task<Result<Guid>> RemoveProceedingAsync(Guid reviewId, Guid proceedingId, Guid version, CancellationToken ct = default)
    {
        var (user, db, review) = await LoadAsync(reviewId, AuditActions.Delete, ct);
        await using var _ = db;
        if (!ReviewAccess.CanChange(user, review))
        {
            return await DenyAsync<Guid>(db, user, AuditActions.Delete, reviewId, ct);
        }

        if (review.Version != version)
        {
            return Result<Guid>.Refused("", ConflictMessage);
        }

        // Another review's proceeding is not found, as an unknown one: never a silent success.
        var proceeding = await db.ParallelProceedings.SingleOrDefaultAsync(p => p.Id == proceedingId && p.ReviewId == review.Id, ct)
            ?? throw new NotFoundException("The proceeding");
        db.ParallelProceedings.Remove(proceeding);
        Touch(db, review);
        db.Record(time, user, AuditActions.Delete, nameof(ParallelProceeding), proceedingId.ToString(), detail: $"Review {review.Id}",
            reviewId: review.Id, changes: ChangedFields.Values(db.Entry(proceeding)));

        var saved = await SaveAsync(db, review, version, 0, ct);
        return saved.Succeeded ? Result<Guid>.Ok(review.Version) : Result<Guid>.Refused(saved.Errors);
    }

    /// <summary>Loads the review with what the rules need. A review the user may not see is not found, and the attempt is audited.</summary>
    private async Task<(CurrentUser User, AppDbContext Db, Review Review)> LoadAsync(Guid reviewId, string action, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        var db = await dbFactory.CreateDbContextAsync(ct);
        var userId = user.UserId;
        var review = await db.Reviews.AsSplitQuery().Include(r => r.Partnership).ThenInclude(p => p!.Timescales).Include(r => r.Pauses)
            .Include(r => r.Panel.Where(p => p.UserId == userId))
            .SingleOrDefaultAsync(r => r.Id == reviewId, ct);
        if (review is null || !ReviewAccess.CanRead(user, review))
        {
            db.Record(time, user, action, Entity, reviewId.ToString(), AuditOutcome.Denied);
            await db.SaveChangesAsync(ct);
            await db.DisposeAsync();
            throw new NotFoundException("Review");
        }

        return (user, db, review);
    }

    private async Task<Result<T>> DenyAsync<T>(AppDbContext db, CurrentUser user, string action, Guid reviewId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.Record(time, user, action, Entity, reviewId.ToString(), AuditOutcome.Denied);
        await db.SaveChangesAsync(ct);
        return Result<T>.Refused("", "You do not have permission to change this review.");
    }

    private List<FieldError> ValidateRecord(Review review) =>
        recordValidator.Validate(ReviewRecordInput.From(review)).Errors
            .Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList();

    /// <summary>
    /// Saves with the version the user loaded as the concurrency token, so a change made by someone
    /// else between our read and our write is refused rather than overwritten.
    /// </summary>
    private static async Task<Result<T>> SaveAsync<T>(AppDbContext db, Review review, Guid loadedVersion, T value, CancellationToken ct)
    {
        db.Entry(review).Property(r => r.Version).OriginalValue = loadedVersion;
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<T>.Ok(value);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<T>.Refused("", ConflictMessage);
        }
    }

    private ReviewEvent NewEvent(CurrentUser user, Review review, ReviewEventKind kind, string? note, DateOnly? effective) => new()
    {
        ReviewId = review.Id,
        AtUtc = time.GetUtcNow().UtcDateTime,
        UserId = user.UserId,
        UserName = user.DisplayName,
        Kind = kind,
        EffectiveDate = effective,
        Note = Clean(note),
    };

    /// <summary>A pause belongs to the review: renewing the review's version makes concurrent pauses conflict.</summary>
    private static void Touch(AppDbContext db, Review review) => db.Entry(review).Property(r => r.UpdatedUtc).IsModified = true;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
