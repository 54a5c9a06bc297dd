using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using FluentValidation;

namespace DhrTracker.Core.Reviews.Qa;

/// <summary>
/// The areas for final development a Home Office QA letter raises, tracked from the letter to done (issue 13 item 11).
/// Coordinators add, edit and reopen them; the review's chair or author may also mark them done (ADR 0370).
/// Each change saves its timeline line and audit row with it, or nothing at all.
/// </summary>
public sealed class QaDevelopmentAreaService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<QaAreaInput> validator,
    IValidator<QaAreaDoneInput> doneValidator,
    TimeProvider time)
{
    public const string Entity = nameof(QaDevelopmentArea);

    /// <summary>Null when the review does not exist or the user may not see it.</summary>
    public async Task<QaAreasView?> ListAsync(Guid reviewId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        db.Record(time, user, AuditActions.List, Entity, reviewId.ToString(), review is null ? AuditOutcome.Denied : AuditOutcome.Succeeded,
            reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        if (review is null)
        {
            return null;
        }

        var items = await db.Set<QaDevelopmentArea>().AsNoTracking().Where(a => a.ReviewId == reviewId).OrderBy(a => a.Number)
            .Select(a => new QaAreaItem(a.Id, a.Number, a.Text, a.RaisedOn, a.DoneOn, a.HowAddressed, a.Version))
            .ToListAsync(ct);
        return new QaAreasView(items, ReviewAccess.CanManageQaAreas(user, review) && !review.IsEnded,
            ReviewAccess.CanMarkQaAreaDone(user, review) && !review.IsEnded, AddBlockedBecause(review),
            review.QaSubmissionDate, review.QaOutcomeDate, review.IsEnded);
    }

    public async Task<Result<Guid>> AddAsync(Guid reviewId, QaAreaInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (review, refusal) = await OpenAsync(db, user, reviewId, AuditActions.Create, ReviewAccess.CanManageQaAreas, ct);
        if (refusal is not null)
        {
            return Result<Guid>.Refused([refusal]);
        }

        if (AddBlockedBecause(review!) is { } blocked)
        {
            return Result<Guid>.Refused("", blocked);
        }

        var errors = await CheckAsync(db, review!, null, input, ct);
        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        var area = new QaDevelopmentArea { Id = Guid.NewGuid(), ReviewId = reviewId };
        Copy(input, area);
        db.Add(area);
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.QaAreaAdded, $"Area {area.Number}: {area.Text}", area.RaisedOn);
        db.Record(time, user, AuditActions.Create, Entity, area.Id.ToString(), detail: $"Review {reviewId}, area {area.Number}",
            reviewId: reviewId, changes: ChangedFields.Values(db.Entry(area)));
        return await SaveAsync(db, area.Id, ct);
    }

    /// <summary>Corrects an area's number, text or letter date; whether it is done is changed only by marking done or reopening.</summary>
    public async Task<Result<Guid>> UpdateAsync(Guid reviewId, Guid id, QaAreaInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (review, refusal) = await OpenAsync(db, user, reviewId, AuditActions.Update, ReviewAccess.CanManageQaAreas, ct);
        if (refusal is not null)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var area = await FindAsync(db, reviewId, id, ct);
        var errors = await CheckAsync(db, review!, area, input, ct);
        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        db.ExpectVersion(area, input.Version);
        Copy(input, area);
        var fields = ChangedFields.Of(db.Entry(area));
        if (fields.Length == 0)
        {
            return Result<Guid>.Ok(area.Id);
        }

        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.QaAreaChanged, $"Area {area.Number}: {area.Text}");
        db.Record(time, user, AuditActions.Update, Entity, id.ToString(), detail: fields, reviewId: reviewId,
            changes: ChangedFields.Values(db.Entry(area)));
        return await SaveAsync(db, id, ct);
    }

    /// <summary>Records that an area was addressed, when and how; on an area already done, corrects those two facts.</summary>
    public async Task<Result<Guid>> MarkDoneAsync(Guid reviewId, Guid id, QaAreaDoneInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (review, refusal) = await OpenAsync(db, user, reviewId, AuditActions.Update, ReviewAccess.CanMarkQaAreaDone, ct);
        if (refusal is not null)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var area = await FindAsync(db, reviewId, id, ct);
        if (Ended(review!) is { } ended)
        {
            return Result<Guid>.Refused("", ended);
        }

        var validation = await doneValidator.ValidateAsync(input, ct);
        var errors = validation.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList();
        if (input.DoneOn < area.RaisedOn)
        {
            errors.Add(new(nameof(QaAreaDoneInput.DoneOn),
                $"Date addressed must be on or after the date of the QA letter that raised it ({UkDates.Format(area.RaisedOn)})."));
        }

        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        db.ExpectVersion(area, input.Version);
        area.DoneOn = input.DoneOn;
        area.HowAddressed = input.HowAddressed!.Trim();
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.QaAreaDone, $"Area {area.Number}: {area.HowAddressed}", area.DoneOn);
        db.Record(time, user, AuditActions.Update, Entity, id.ToString(), detail: $"Marked done; {ChangedFields.Of(db.Entry(area))}",
            reviewId: reviewId, changes: ChangedFields.Values(db.Entry(area)));
        return await SaveAsync(db, id, ct);
    }

    /// <summary>Opens a done area again (the QA body or the panel found it not met); the timeline keeps what was recorded.</summary>
    public async Task<Result<Guid>> ReopenAsync(Guid reviewId, Guid id, Guid version, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (review, refusal) = await OpenAsync(db, user, reviewId, AuditActions.Update, ReviewAccess.CanManageQaAreas, ct);
        if (refusal is not null)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var area = await FindAsync(db, reviewId, id, ct);
        if (Ended(review!) is { } ended)
        {
            return Result<Guid>.Refused("", ended);
        }

        if (area.DoneOn is not { } doneOn)
        {
            return Result<Guid>.Refused("", $"Area {area.Number} is not marked done, so it cannot be reopened.");
        }

        db.RequireVersion(area, version);
        var note = $"Area {area.Number} reopened; it had been marked done on {UkDates.Format(doneOn)}: {area.HowAddressed}";
        area.DoneOn = null;
        area.HowAddressed = null;
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.QaAreaReopened, note);
        db.Record(time, user, AuditActions.Update, Entity, id.ToString(), detail: $"Reopened; {ChangedFields.Of(db.Entry(area))}",
            reviewId: reviewId, changes: ChangedFields.Values(db.Entry(area)));
        return await SaveAsync(db, id, ct);
    }

    /// <summary>Why no area can be added now, or null: the areas come from a QA outcome's letter, and an ended review is final.</summary>
    private static string? AddBlockedBecause(Review review) =>
        Ended(review) ?? (review.QaOutcome is null
            ? "Record the Home Office QA outcome first: areas for final development come from its letter."
            : null);

    private static string? Ended(Review review) => review.IsEnded
        ? $"This review is {review.Stage.Display().ToLowerInvariant()}: its areas for final development can no longer be changed."
        : null;

    /// <summary>
    /// Loads the review as the user may see it and asks <paramref name="rule"/>. An unseen review is not found and a
    /// forbidden change refused; both are audited as denied and save nothing else.
    /// </summary>
    private async Task<(Review? Review, FieldError? Refusal)> OpenAsync(AppDbContext db, CurrentUser user, Guid reviewId, string action,
        Func<CurrentUser, Review, bool> rule, CancellationToken ct)
    {
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        if (review is not null && rule(user, review))
        {
            return (review, null);
        }

        db.Record(time, user, action, Entity, reviewId.ToString(), AuditOutcome.Denied, reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return review is null ? throw new NotFoundException("The review") : (null, new FieldError("", Refusals.NotPermitted));
    }

    /// <summary>Another review's area is not found, as an unknown one: never a silent success.</summary>
    private static async Task<QaDevelopmentArea> FindAsync(AppDbContext db, Guid reviewId, Guid id, CancellationToken ct) =>
        await db.Set<QaDevelopmentArea>().SingleOrDefaultAsync(a => a.Id == id && a.ReviewId == reviewId, ct)
        ?? throw new NotFoundException("The area for final development");

    private async Task<List<FieldError>> CheckAsync(AppDbContext db, Review review, QaDevelopmentArea? area, QaAreaInput input, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        var errors = validation.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList();
        if (area is not null && Ended(review) is { } ended)
        {
            return [new("", ended)];
        }

        // A resubmission moves the QA submission date on, so an earlier letter's areas are judged against it only when their date is changed.
        if (input.RaisedOn is { } raised && raised != area?.RaisedOn && review.QaSubmissionDate is { } submitted && raised < submitted)
        {
            errors.Add(new(nameof(QaAreaInput.RaisedOn), $"Date of the QA letter must be on or after the QA submission date ({UkDates.Format(submitted)})."));
        }

        if (input.RaisedOn is { } letter && area?.DoneOn is { } done && letter > done)
        {
            errors.Add(new(nameof(QaAreaInput.RaisedOn), $"Date of the QA letter must be on or before the date the area was addressed ({UkDates.Format(done)})."));
        }

        var areaId = area?.Id;
        if (await db.Set<QaDevelopmentArea>().AnyAsync(a => a.ReviewId == review.Id && a.Number == input.Number && a.Id != areaId, ct))
        {
            errors.Add(new(nameof(QaAreaInput.Number), $"Area {input.Number} is already recorded for this review: give this area its own number from the QA letter."));
        }

        return errors;
    }

    private static void Copy(QaAreaInput input, QaDevelopmentArea area)
    {
        area.Number = input.Number;
        area.Text = input.Text!.Trim();
        area.RaisedOn = input.RaisedOn!.Value;
    }

    private static async Task<Result<Guid>> SaveAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Ok(id);
        }
        catch (DbUpdateException)
        {
            // A stale version, or the same number saved by someone else a moment ago (the unique index).
            return Result<Guid>.Refused("", Refusals.Conflict);
        }
    }
}
