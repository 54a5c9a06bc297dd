using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Family;

/// <summary>
/// The family involvement log (issue 14 item 2, ADR 0391): dated contacts, meetings and steps, recorded by whoever may
/// manage the family (<see cref="ReviewAccess.CanManageFamily"/>) and read through <see cref="FamilyService.GetAsync"/>.
/// An entry is recorded or removed, never edited, so the log reads as what happened.
/// </summary>
public sealed class InvolvementService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<InvolvementInput> validator,
    TimeProvider time)
{
    public const string Entity = nameof(InvolvementEntry);

    public async Task<Result<Guid>> RecordAsync(Guid reviewId, InvolvementInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckAsync(db, time, user, reviewId, AuditActions.Create, Entity, ReviewAccess.CanManageFamily, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var errors = (await validator.ValidateAsync(input, ct)).Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList();
        var today = UkDates.TodayInUk(time);
        if (input.On > today)
        {
            errors.Add(new(nameof(InvolvementInput.On), $"The date cannot be after today ({UkDates.Format(today)}): record it once it has happened."));
        }

        if (input.FamilyMemberId is { } who && who != Guid.Empty
            && !await db.Set<FamilyMember>().AnyAsync(m => m.Id == who && m.ReviewId == reviewId, ct))
        {
            errors.Add(new(nameof(InvolvementInput.FamilyMemberId), InvolvementInputValidator.MissingWho));
        }

        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        var entry = new InvolvementEntry
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            FamilyMemberId = input.FamilyMemberId!.Value,
            Step = input.Step!.Value,
            On = input.On!.Value,
            Method = input.Method,
            Declined = input.Declined,
            Notes = Clean(input.Notes),
            Response = Clean(input.Response),
        };
        db.Add(entry);
        db.Record(time, user, AuditActions.Create, Entity, entry.Id.ToString(), detail: $"Review {reviewId}", reviewId: reviewId,
            changes: ChangedFields.Values(db.Entry(entry)));
        // The step's name only: what was said stays in the log, which the audit trail covers.
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Family,
            $"Family involvement recorded: {entry.Step.Display().ToLowerInvariant()}{(entry.Declined ? " (declined)" : "")}", entry.On);
        return await FamilySaves.SaveAsync(db, entry.Id, ct);
    }

    public async Task<Result<Guid>> RemoveAsync(Guid reviewId, Guid id, Guid version, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckAsync(db, time, user, reviewId, AuditActions.Delete, Entity, ReviewAccess.CanManageFamily, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var entry = await db.Set<InvolvementEntry>().SingleOrDefaultAsync(e => e.Id == id && e.ReviewId == reviewId, ct)
            ?? throw new NotFoundException("The involvement entry");
        db.RequireVersion(entry, version);
        db.Remove(entry);
        db.Record(time, user, AuditActions.Delete, Entity, id.ToString(), detail: $"Review {reviewId}", reviewId: reviewId,
            changes: ChangedFields.Values(db.Entry(entry)));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Family, $"Family involvement entry removed: {entry.Step.Display().ToLowerInvariant()}");
        return await FamilySaves.SaveAsync(db, id, ct);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
