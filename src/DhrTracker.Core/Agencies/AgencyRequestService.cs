using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Agencies;

/// <summary>
/// Agency requests run from the tool (issue 13 item 12): scoping returns, IMRs, chronologies and summary
/// reports asked for, chased and received, with each agency's single point of contact. Recording them is the
/// coordinators' work (ADR 0360); the partnership-wide list is also the dashboard's overdue count (ADR 0361).
/// </summary>
public sealed class AgencyRequestService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<AgencyRequestInput> requestValidator,
    IValidator<AgencyChaseInput> chaseValidator,
    IValidator<AgencyReceiptInput> receiptValidator,
    TimeProvider time)
{
    private const string Entity = "AgencyRequest";

    /// <summary>A review's requests, agency by agency; null when the review does not exist or the user may not see it.</summary>
    public async Task<ReviewRequestsView?> ForReviewAsync(Guid reviewId, CancellationToken ct = default)
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

        var rows = await RowsAsync(db, db.Reviews.Where(r => r.Id == reviewId), ct);
        return new ReviewRequestsView(reviewId, review.Reference, rows, ReviewAccess.CanChange(user, review));
    }

    /// <summary>
    /// Every outstanding request (asked for, not received) on the partnership's open reviews, most overdue
    /// first; with <see cref="AgencyRequestQuery.Overdue"/> only those past their due date. The dashboard's
    /// "agency requests overdue" count is the length of the overdue list, by this same call.
    /// </summary>
    public async Task<IReadOnlyList<AgencyRequestRow>> ListAsync(AgencyRequestQuery query, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!ReviewAccess.CanSeeAgencyRequests(user))
        {
            await db.RecordDeniedAsync(time, user, AuditActions.List, Entity, "", ct);
            return [];
        }

        db.Record(time, user, AuditActions.List, Entity, "", detail: $"overdue={query.Overdue.ToString().ToLowerInvariant()}");
        await db.SaveChangesAsync(ct);
        var open = db.Reviews.Visible(user).Where(r => r.Stage != ReviewStage.Closed && r.Stage != ReviewStage.NotProceeding);
        var rows = await RowsAsync(db, open, ct);
        return rows.Where(r => r.IsOutstanding && (!query.Overdue || r.IsOverdue))
            .OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.Due).ThenBy(r => r.Reference).ThenBy(r => r.AgencyName).ThenBy(r => r.Kind)
            .ToList();
    }

    public async Task<Result<Guid>> RequestAsync(Guid reviewId, Guid reviewAgencyId, AgencyRequestInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckChangeAsync(db, time, user, reviewId, AuditActions.Update, nameof(ReviewAgency), ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var row = await LoadAsync(db, reviewId, reviewAgencyId, ct);
        var validation = await requestValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        var kind = input.Kind!.Value;
        if (SubmissionFields.Of(row, kind).Received is { } received)
        {
            return Result<Guid>.Refused(nameof(AgencyRequestInput.Kind),
                $"The {kind.Display()} was received on {UkDates.Format(received)}; it cannot be requested again. Change its dates on the Agencies tab.");
        }

        db.ExpectVersion(row, input.Version);
        SubmissionFields.SetRequest(row, kind, input.Requested!.Value, input.Due!.Value);
        var note = $"{kind.Display()} requested from {row.Agency!.Name} on {UkDates.Format(input.Requested.Value)}, due {UkDates.Format(input.Due.Value)}.";
        return await SaveChangeAsync(db, user, row, note, input.Requested.Value, ct);
    }

    public async Task<Result<Guid>> ChaseAsync(Guid reviewId, Guid reviewAgencyId, AgencyChaseInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckChangeAsync(db, time, user, reviewId, AuditActions.Create, nameof(SubmissionChase), ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var row = await LoadAsync(db, reviewId, reviewAgencyId, ct);
        var validation = await chaseValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        var kind = input.Kind!.Value;
        var submission = SubmissionFields.Of(row, kind);
        if (submission.Requested is not { } requested)
        {
            return Result<Guid>.Refused(nameof(AgencyChaseInput.Kind), $"Record the {kind.Display()} request before chasing it.");
        }

        if (submission.Received is { } received)
        {
            return Result<Guid>.Refused(nameof(AgencyChaseInput.Kind), $"The {kind.Display()} was received on {UkDates.Format(received)}: there is nothing to chase.");
        }

        if (input.ChasedOn < requested)
        {
            return Result<Guid>.Refused(nameof(AgencyChaseInput.ChasedOn),
                $"The chase date must be on or after the date the {kind.Display()} was requested ({UkDates.Format(requested)}).");
        }

        var chase = new SubmissionChase
        {
            Id = Guid.NewGuid(),
            ReviewAgencyId = row.Id,
            Kind = kind,
            ChasedOn = input.ChasedOn!.Value,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            CreatedByUserId = user.UserId,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        db.Add(chase);
        db.Record(time, user, AuditActions.Create, nameof(SubmissionChase), chase.Id.ToString(), detail: $"Review {reviewId}, agency {row.AgencyId}, {kind}",
            reviewId: reviewId, changes: ChangedFields.Values(db.Entry(chase)));
        var note = $"{row.Agency!.Name} chased for the {kind.Display()} on {UkDates.Format(chase.ChasedOn)}.{(chase.Note is null ? "" : " " + chase.Note)}";
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.AgencyRequest, note, chase.ChasedOn);
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Ok(chase.Id);
    }

    public async Task<Result<Guid>> ReceiveAsync(Guid reviewId, Guid reviewAgencyId, AgencyReceiptInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckChangeAsync(db, time, user, reviewId, AuditActions.Update, nameof(ReviewAgency), ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var row = await LoadAsync(db, reviewId, reviewAgencyId, ct);
        var validation = await receiptValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        var kind = input.Kind!.Value;
        if (SubmissionFields.Of(row, kind).Requested is not { } requested)
        {
            return Result<Guid>.Refused(nameof(AgencyReceiptInput.Kind), $"Record the {kind.Display()} request before recording it as received.");
        }

        if (input.Received < requested)
        {
            return Result<Guid>.Refused(nameof(AgencyReceiptInput.Received),
                $"The received date must be on or after the date the {kind.Display()} was requested ({UkDates.Format(requested)}).");
        }

        db.ExpectVersion(row, input.Version);
        SubmissionFields.SetReceived(row, kind, input.Received!.Value);
        var note = $"{kind.Display()} received from {row.Agency!.Name} on {UkDates.Format(input.Received.Value)}.";
        return await SaveChangeAsync(db, user, row, note, input.Received.Value, ct);
    }

    private static async Task<ReviewAgency> LoadAsync(AppDbContext db, Guid reviewId, Guid reviewAgencyId, CancellationToken ct) =>
        await db.ReviewAgencies.Include(a => a.Agency).SingleOrDefaultAsync(a => a.Id == reviewAgencyId && a.ReviewId == reviewId, ct)
        ?? throw new NotFoundException("The agency's involvement");

    private async Task<Result<Guid>> SaveChangeAsync(AppDbContext db, CurrentUser user, ReviewAgency row, string note, DateOnly effective,
        CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var changed = db.Entry(row).Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name);
        db.Record(time, user, AuditActions.Update, nameof(ReviewAgency), row.Id.ToString(), detail: string.Join(", ", changed),
            reviewId: row.ReviewId, changes: ChangedFields.Values(db.Entry(row)));
        db.AddTimelineLine(time, user, row.ReviewId, ReviewEventKind.AgencyRequest, note, effective);
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Ok(row.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<Guid>.Refused("", Refusals.Conflict);
        }
    }

    /// <summary>Every submission of every agency on the given reviews, with the agency's contact and its chases.</summary>
    private async Task<List<AgencyRequestRow>> RowsAsync(AppDbContext db, IQueryable<Review> reviews, CancellationToken ct)
    {
        var today = UkDates.TodayInUk(time);
        var agencies = await db.ReviewAgencies.AsNoTracking().Include(a => a.Agency).Include(a => a.Chases)
            // "In the reviews' ids", not a correlated "any review with this id", so SQLite starts from the reviews (see VisibleActions).
            .Where(a => reviews.Select(r => r.Id).Contains(a.ReviewId))
            .Select(a => new { Row = a, Reference = reviews.Where(r => r.Id == a.ReviewId).Select(r => r.Reference).First() })
            .ToListAsync(ct);
        return agencies.OrderBy(x => x.Reference).ThenBy(x => x.Row.Agency!.Name)
            .SelectMany(x => Submission.Of(x.Row).Select(s => new AgencyRequestRow(x.Row.ReviewId, x.Reference, x.Row.Id, x.Row.Agency!.Name,
                new AgencyContact(x.Row.Agency.ContactName, x.Row.Agency.ContactEmail, x.Row.Agency.ContactPhone),
                s.Kind, s.Requested, s.Due, s.Received,
                x.Row.Chases.Where(c => c.Kind == s.Kind).OrderBy(c => c.ChasedOn).Select(c => new ChaseItem(c.ChasedOn, c.Note)).ToList(),
                x.Row.Version, today)))
            .ToList();
    }
}
