using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using FluentValidation;

namespace DhrTracker.Core.People;

public sealed class CircumstancesService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<CircumstancesInput> validator,
    TimeProvider time)
{
    private const string Entity = nameof(Circumstances);

    /// <summary>Records the circumstances the first time, then updates them against the version the user loaded.</summary>
    public async Task<Result<Guid>> SaveAsync(Guid reviewId, CircumstancesInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckWorkOnAsync(db, time, user, reviewId, AuditActions.Update, Entity, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        var row = await db.Circumstances.SingleOrDefaultAsync(c => c.ReviewId == reviewId, ct);
        if (row is null)
        {
            // Someone else recorded them after this user opened the empty form: their save would overwrite it.
            if (input.Version is not null)
            {
                return Result<Guid>.Refused("", Refusals.Conflict);
            }

            row = new Circumstances { ReviewId = reviewId };
            db.Circumstances.Add(row);
        }
        else
        {
            if (input.Version is null)
            {
                return Result<Guid>.Refused("", Refusals.Conflict);
            }

            db.ExpectVersion(row, input.Version);
        }

        Copy(input, row);
        db.ChangeTracker.DetectChanges();
        var entry = db.Entry(row);
        var changed = entry.State == EntityState.Added ? "All" : string.Join(", ", entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name));
        db.Record(time, user, entry.State == EntityState.Added ? AuditActions.Create : AuditActions.Update, Entity, reviewId.ToString(), detail: changed,
            reviewId: reviewId, changes: ChangedFields.Values(entry));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result<Guid>.Refused("", Refusals.Conflict);
        }

        return Result<Guid>.Ok(reviewId);
    }

    private static void Copy(CircumstancesInput i, Circumstances c)
    {
        c.CauseOfDeath = i.CauseOfDeath;
        c.Location = i.Location;
        c.CoerciveControl = i.CoerciveControl;
        c.EconomicAbuse = i.EconomicAbuse;
        c.PhysicalAbuse = i.PhysicalAbuse;
        c.EmotionalAbuse = i.EmotionalAbuse;
        c.SexualAbuse = i.SexualAbuse;
        c.Stalking = i.Stalking;
        c.Separation = i.Separation;
        c.HonourBasedAbuse = i.HonourBasedAbuse;
        c.ForcedMarriage = i.ForcedMarriage;
        c.HomicideSuicide = i.HomicideSuicide;
        c.ChildrenInHousehold = i.ChildrenInHousehold;
        c.ChildrenPresent = i.ChildrenPresent;
    }
}
