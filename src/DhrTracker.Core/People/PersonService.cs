using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.People;

/// <summary>
/// Add, change and remove the victims or perpetrators of a review. The two share every rule but
/// their own fields, which the subclasses copy.
/// </summary>
public abstract class PersonService<TEntity, TInput>(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<TInput> validator,
    TimeProvider time)
    where TEntity : PersonRecord, new()
    where TInput : PersonInput
{
    private static readonly string Entity = typeof(TEntity).Name;

    /// <summary>Copies the subclass's own fields; sensitive facts outside <paramref name="readable"/> are left as stored.</summary>
    private protected abstract void CopyOwnFields(TInput input, TEntity entity, IReadOnlySet<SensitiveFact> readable);

    /// <summary>The relationships a person of this kind is part of.</summary>
    private protected abstract IQueryable<Relationship> RelationshipsOf(AppDbContext db, Guid personId);

    private protected abstract string IdField { get; }

    public async Task<Result<Guid>> AddAsync(Guid reviewId, TInput input, CancellationToken ct = default)
    {
        var (user, db, refusal) = await OpenAsync(reviewId, AuditActions.Create, ct);
        await using (db)
        {
            if (refusal is not null)
            {
                return Result<Guid>.Refused([refusal]);
            }

            var problems = await CheckAsync(db, reviewId, null, input, ct);
            if (problems.Count > 0)
            {
                return Result<Guid>.Refused(problems);
            }

            var entity = new TEntity { Id = Guid.NewGuid(), ReviewId = reviewId };
            var readable = await ReadableFactsAsync(db, user, reviewId, ct);
            input.CopyTo(entity, readable);
            CopyOwnFields(input, entity, readable);
            db.Set<TEntity>().Add(entity);
            db.Record(time, user, AuditActions.Create, Entity, entity.Id.ToString(), detail: $"Review {reviewId}", reviewId: reviewId,
                changes: ChangedFields.Values(db.Entry(entity)));
            db.AddTimelineLine(time, user, reviewId, ReviewEventKind.People, $"{Entity} added");
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Ok(entity.Id);
        }
    }

    public async Task<Result<Guid>> UpdateAsync(Guid reviewId, Guid id, TInput input, CancellationToken ct = default)
    {
        var (user, db, refusal) = await OpenAsync(reviewId, AuditActions.Update, ct);
        await using (db)
        {
            if (refusal is not null)
            {
                return Result<Guid>.Refused([refusal]);
            }

            var entity = await db.Set<TEntity>().SingleOrDefaultAsync(p => p.Id == id && p.ReviewId == reviewId, ct)
                ?? throw new NotFoundException($"The {Entity.ToLowerInvariant()}");
            var problems = await CheckAsync(db, reviewId, id, input, ct);
            if (problems.Count > 0)
            {
                return Result<Guid>.Refused(problems);
            }

            db.ExpectVersion(entity, input.Version);
            // A user who may not read a sensitive fact never received it, so their blank must not overwrite it.
            var readable = await ReadableFactsAsync(db, user, reviewId, ct);
            input.CopyTo(entity, readable);
            CopyOwnFields(input, entity, readable);
            db.ChangeTracker.DetectChanges();
            var changed = db.Entry(entity).Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToList();
            db.Record(time, user, AuditActions.Update, Entity, id.ToString(), detail: string.Join(", ", changed), reviewId: reviewId,
                changes: ChangedFields.Values(db.Entry(entity)));
            if (changed.Count > 0)
            {
                db.AddTimelineLine(time, user, reviewId, ReviewEventKind.People, $"{Entity} details changed");
            }

            return await SaveAsync(db, id, ct);
        }
    }

    /// <summary>Refused while the person is still in a relationship: remove those first, so no relationship is lost silently.</summary>
    public async Task<Result<Guid>> RemoveAsync(Guid reviewId, Guid id, Guid version, CancellationToken ct = default)
    {
        var (user, db, refusal) = await OpenAsync(reviewId, AuditActions.Delete, ct);
        await using (db)
        {
            if (refusal is not null)
            {
                return Result<Guid>.Refused([refusal]);
            }

            var entity = await db.Set<TEntity>().SingleOrDefaultAsync(p => p.Id == id && p.ReviewId == reviewId, ct)
                ?? throw new NotFoundException($"The {Entity.ToLowerInvariant()}");
            if (await RelationshipsOf(db, id).AnyAsync(ct))
            {
                return Result<Guid>.Refused(IdField,
                    $"{entity.Pseudonym} is still in a relationship on this review. Remove the relationship first.");
            }

            db.RequireVersion(entity, version);
            db.Set<TEntity>().Remove(entity);
            db.Record(time, user, AuditActions.Delete, Entity, id.ToString(), detail: $"Review {reviewId}", reviewId: reviewId,
                changes: ChangedFields.Values(db.Entry(entity)));
            db.AddTimelineLine(time, user, reviewId, ReviewEventKind.People, $"{Entity} removed");
            return await SaveAsync(db, id, ct);
        }
    }

    private async Task<(CurrentUser User, AppDbContext Db, FieldError? Refusal)> OpenAsync(Guid reviewId, string action, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        var db = await dbFactory.CreateDbContextAsync(ct);
        try
        {
            return (user, db, await ReviewGuard.CheckWorkOnAsync(db, time, user, reviewId, action, Entity, ct));
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private async Task<List<FieldError>> CheckAsync(AppDbContext db, Guid reviewId, Guid? id, TInput input, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        var errors = validation.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList();
        var pseudonym = input.Pseudonym.Trim().ToLower();
        if (errors.Count == 0
            && (await db.Victims.AnyAsync(v => v.ReviewId == reviewId && v.Id != id && v.Pseudonym.ToLower() == pseudonym, ct)
                || await db.Perpetrators.AnyAsync(p => p.ReviewId == reviewId && p.Id != id && p.Pseudonym.ToLower() == pseudonym, ct)))
        {
            errors.Add(new FieldError(nameof(PersonInput.Pseudonym),
                $"Someone on this review is already called '{input.Pseudonym.Trim()}'. Each person needs a different pseudonym."));
        }

        return errors;
    }

    private static async Task<IReadOnlySet<SensitiveFact>> ReadableFactsAsync(AppDbContext db, CurrentUser user, Guid reviewId, CancellationToken ct)
    {
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        return review is null ? new HashSet<SensitiveFact>() : ReviewAccess.ReadableFacts(user, review);
    }

    private static async Task<Result<Guid>> SaveAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Ok(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<Guid>.Refused("", Refusals.Conflict);
        }
    }
}
