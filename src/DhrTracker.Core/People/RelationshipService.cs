using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.People;

/// <summary>Records what each victim was to each perpetrator; the review's category follows from these.</summary>
public sealed class RelationshipService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<RelationshipInput> validator,
    TimeProvider time)
{
    private const string Entity = nameof(Relationship);

    /// <summary>Records the relationship of a victim and a perpetrator of this review; refused if one is already recorded for the pair.</summary>
    public async Task<Result<Guid>> AddAsync(Guid reviewId, RelationshipInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckWorkOnAsync(db, time, user, reviewId, AuditActions.Create, Entity, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        // Both people must belong to this review: ids from another review are refused, never linked.
        var errors = new List<FieldError>();
        if (!await db.Victims.AnyAsync(v => v.Id == input.VictimId && v.ReviewId == reviewId, ct))
        {
            errors.Add(new(nameof(RelationshipInput.VictimId), "Choose a victim of this review."));
        }

        if (!await db.Perpetrators.AnyAsync(p => p.Id == input.PerpetratorId && p.ReviewId == reviewId, ct))
        {
            errors.Add(new(nameof(RelationshipInput.PerpetratorId), "Choose a perpetrator of this review."));
        }

        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        var existing = await db.Relationships.AsNoTracking().SingleOrDefaultAsync(
            r => r.VictimId == input.VictimId && r.PerpetratorId == input.PerpetratorId, ct);
        if (existing is not null)
        {
            // Never overwritten in place: changing what someone was to someone else is a deliberate remove and re-record.
            return Result<Guid>.Refused(nameof(RelationshipInput.Kind),
                $"This relationship is already recorded as {Labels.Display(existing.Kind).ToLowerInvariant()}. Remove it first to record a different one.");
        }

        var relationship = new Relationship
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            VictimId = input.VictimId!.Value,
            PerpetratorId = input.PerpetratorId!.Value,
            Kind = input.Kind!.Value,
        };
        db.Relationships.Add(relationship);
        db.Record(time, user, AuditActions.Create, Entity, relationship.Id.ToString(), detail: $"Review {reviewId}, {relationship.Kind}",
            reviewId: reviewId, changes: ChangedFields.Values(db.Entry(relationship)));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.People, "Relationship added");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result<Guid>.Refused(nameof(RelationshipInput.Kind),
                "Someone else recorded this relationship at the same time. Reload to see it.");
        }

        return Result<Guid>.Ok(relationship.Id);
    }

    public async Task<Result<Guid>> RemoveAsync(Guid reviewId, Guid relationshipId, Guid version, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckWorkOnAsync(db, time, user, reviewId, AuditActions.Delete, Entity, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var relationship = await db.Relationships.SingleOrDefaultAsync(r => r.Id == relationshipId && r.ReviewId == reviewId, ct)
            ?? throw new NotFoundException("The relationship");
        db.RequireVersion(relationship, version);
        db.Relationships.Remove(relationship);
        db.Record(time, user, AuditActions.Delete, Entity, relationshipId.ToString(), detail: $"Review {reviewId}",
            reviewId: reviewId, changes: ChangedFields.Values(db.Entry(relationship)));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.People, "Relationship removed");
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Ok(relationshipId);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<Guid>.Refused("", Refusals.Conflict);
        }
    }
}
