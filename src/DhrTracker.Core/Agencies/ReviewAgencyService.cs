using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Agencies;

/// <summary>Which agencies are involved in a review, whom they had contact with, and their IMR, chronology and summary report.</summary>
public sealed class ReviewAgencyService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<ReviewAgencyInput> validator,
    TimeProvider time)
{
    private const string Entity = nameof(ReviewAgency);

    /// <summary>Null when the review does not exist or the user may not see it.</summary>
    public async Task<ReviewAgenciesView?> ListAsync(Guid reviewId, CancellationToken ct = default)
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

        var today = UkDates.TodayInUk(time);
        var rows = await db.ReviewAgencies.AsNoTracking().Include(a => a.Agency)
            .Where(a => a.ReviewId == reviewId).ToListAsync(ct);
        var items = rows.OrderBy(a => a.Agency!.Name)
            .Select(a => new ReviewAgencyItem(a.Id, a.Agency!.Name, ToInput(a), Submission.Of(a), today))
            .ToList();
        return new ReviewAgenciesView(items, ReviewAccess.CanWorkOn(user, review));
    }

    /// <summary>
    /// Every overdue submission on the reviews the user can see, most overdue first: the dashboard's
    /// "waiting on agencies" flag.
    /// </summary>
    public async Task<IReadOnlyList<OverdueSubmission>> OverdueAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        var today = UkDates.TodayInUk(time);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = db.Reviews.AsNoTracking().Visible(user).Where(r => r.Stage != ReviewStage.Closed && r.Stage != ReviewStage.NotProceeding);
        var rows = await db.ReviewAgencies.AsNoTracking()
            .Where(a => visible.Select(r => r.Id).Contains(a.ReviewId))
            .Where(a => (a.ScopingReceived == null && a.ScopingDue < today)
                || (a.ImrReceived == null && a.ImrDue < today)
                || (a.ChronologyReceived == null && a.ChronologyDue < today)
                || (a.SummaryReceived == null && a.SummaryDue < today))
            .Select(a => new { Row = a, AgencyName = a.Agency!.Name, Reference = visible.Where(r => r.Id == a.ReviewId).Select(r => r.Reference).First() })
            .ToListAsync(ct);
        return rows
            .SelectMany(x => Submission.Of(x.Row).Where(s => s.IsOverdueOn(today))
                .Select(s => new OverdueSubmission(x.Row.ReviewId, x.Reference, x.AgencyName, s.Kind, s.Due!.Value,
                    today.DayNumber - s.Due.Value.DayNumber)))
            .OrderByDescending(o => o.DaysOverdue).ThenBy(o => o.Reference).ThenBy(o => o.Agency)
            .ToList();
    }

    public async Task<Result<Guid>> AddAsync(Guid reviewId, ReviewAgencyInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckWorkOnAsync(db, time, user, reviewId, AuditActions.Create, Entity, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var errors = await CheckAsync(db, user, reviewId, null, input, ct);
        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        var row = new ReviewAgency { Id = Guid.NewGuid(), ReviewId = reviewId };
        Copy(input, row);
        db.ReviewAgencies.Add(row);
        db.Record(time, user, AuditActions.Create, Entity, row.Id.ToString(), detail: $"Review {reviewId}, agency {row.AgencyId}",
            reviewId: reviewId, changes: ChangedFields.Values(db.Entry(row)));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Agencies, $"{await NameOfAsync(db, row, ct)} added to the review's agencies");
        return await SaveAsync(db, row.Id, ct);
    }

    public async Task<Result<Guid>> UpdateAsync(Guid reviewId, Guid id, ReviewAgencyInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckWorkOnAsync(db, time, user, reviewId, AuditActions.Update, Entity, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var row = await db.ReviewAgencies.SingleOrDefaultAsync(a => a.Id == id && a.ReviewId == reviewId, ct)
            ?? throw new NotFoundException("The agency's involvement");
        var errors = await CheckAsync(db, user, reviewId, id, input, ct);
        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        db.ExpectVersion(row, input.Version);
        Copy(input, row);
        db.ChangeTracker.DetectChanges();
        var changed = db.Entry(row).Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToList();
        db.Record(time, user, AuditActions.Update, Entity, id.ToString(), detail: string.Join(", ", changed),
            reviewId: reviewId, changes: ChangedFields.Values(db.Entry(row)));
        if (changed.Count > 0)
        {
            db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Agencies, $"{await NameOfAsync(db, row, ct)}: involvement or submissions changed");
        }

        return await SaveAsync(db, id, ct);
    }

    public async Task<Result<Guid>> RemoveAsync(Guid reviewId, Guid id, Guid version, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckWorkOnAsync(db, time, user, reviewId, AuditActions.Delete, Entity, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var row = await db.ReviewAgencies.SingleOrDefaultAsync(a => a.Id == id && a.ReviewId == reviewId, ct)
            ?? throw new NotFoundException("The agency's involvement");
        db.RequireVersion(row, version);
        db.ReviewAgencies.Remove(row);
        db.Record(time, user, AuditActions.Delete, Entity, id.ToString(), detail: $"Review {reviewId}, agency {row.AgencyId}",
            reviewId: reviewId, changes: ChangedFields.Values(db.Entry(row)));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Agencies, $"{await NameOfAsync(db, row, ct)} removed from the review's agencies");
        return await SaveAsync(db, id, ct);
    }

    private async Task<List<FieldError>> CheckAsync(AppDbContext db, CurrentUser user, Guid reviewId, Guid? id,
        ReviewAgencyInput input, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        var errors = validation.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList();
        if (input.AgencyId is not { } agencyId)
        {
            return errors;
        }

        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId && a.PartnershipId == user.PartnershipId, ct))
        {
            errors.Add(new(nameof(ReviewAgencyInput.AgencyId), "Choose an agency from the partnership's register."));
        }
        else if (await db.ReviewAgencies.AnyAsync(a => a.ReviewId == reviewId && a.AgencyId == agencyId && a.Id != id, ct))
        {
            errors.Add(new(nameof(ReviewAgencyInput.AgencyId), "This agency is already listed on the review."));
        }

        return errors;
    }

    /// <summary>The register's name of the agency: a partnership's own list, not case content.</summary>
    private static Task<string> NameOfAsync(AppDbContext db, ReviewAgency row, CancellationToken ct) =>
        db.Agencies.Where(a => a.Id == row.AgencyId).Select(a => a.Name).SingleAsync(ct);

    private static async Task<Result<Guid>> SaveAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Ok(id);
        }
        catch (DbUpdateException)
        {
            return Result<Guid>.Refused("", Refusals.Conflict);
        }
    }

    private static ReviewAgencyInput ToInput(ReviewAgency a) => new()
    {
        Version = a.Version,
        AgencyId = a.AgencyId,
        ContactWithVictim = a.ContactWithVictim,
        ContactWithPerpetrator = a.ContactWithPerpetrator,
        ContactWithChildren = a.ContactWithChildren,
        ImrRequested = a.ImrRequested,
        ImrDue = a.ImrDue,
        ImrReceived = a.ImrReceived,
        ChronologyRequested = a.ChronologyRequested,
        ChronologyDue = a.ChronologyDue,
        ChronologyReceived = a.ChronologyReceived,
        SummaryRequested = a.SummaryRequested,
        SummaryDue = a.SummaryDue,
        SummaryReceived = a.SummaryReceived,
    };

    private static void Copy(ReviewAgencyInput i, ReviewAgency a)
    {
        a.AgencyId = i.AgencyId!.Value;
        a.ContactWithVictim = i.ContactWithVictim;
        a.ContactWithPerpetrator = i.ContactWithPerpetrator;
        a.ContactWithChildren = i.ContactWithChildren;
        a.ImrRequested = i.ImrRequested;
        a.ImrDue = i.ImrDue;
        a.ImrReceived = i.ImrReceived;
        a.ChronologyRequested = i.ChronologyRequested;
        a.ChronologyDue = i.ChronologyDue;
        a.ChronologyReceived = i.ChronologyReceived;
        a.SummaryRequested = i.SummaryRequested;
        a.SummaryDue = i.SummaryDue;
        a.SummaryReceived = i.SummaryReceived;
    }
}
