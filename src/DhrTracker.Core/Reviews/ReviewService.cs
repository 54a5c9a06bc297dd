using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Retention;
using FluentValidation;

namespace DhrTracker.Core.Reviews;

/// <summary>Reviews of the current user's partnership: create, list, open, timeline. Every call re-checks access.</summary>
public sealed class ReviewService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<NewReviewInput> validator,
    TimeProvider time)
{
    private const string Entity = nameof(Review);
    private const string TimelineEntity = "ReviewTimeline";

    /// <summary>The partnership's next running reference, offered on the new-review form (empty if the user cannot create).</summary>
    public async Task<string> SuggestReferenceAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!ReviewAccess.CanCreate(user))
        {
            return "";
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var partnershipId = user.PartnershipId!.Value;
        var prefix = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.ReferencePrefix).SingleAsync(ct);
        var used = await db.Reviews.Where(r => r.PartnershipId == partnershipId).Select(r => r.Reference).ToListAsync(ct);
        return ReviewReferences.Next(prefix, used);
    }

    public async Task<Result<Guid>> CreateAsync(NewReviewInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!ReviewAccess.CanCreate(user))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.Create, Entity, "", AuditOutcome.Denied, ct: ct);
            return Result<Guid>.Refused("", "You do not have permission to create reviews.");
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        var reference = input.Reference.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var partnership = await db.Partnerships.Include(p => p.Timescales).SingleAsync(p => p.Id == user.PartnershipId, ct);
        if (await db.Reviews.AnyAsync(r => r.PartnershipId == partnership.Id && r.Reference == reference, ct))
        {
            return ReferenceTaken(reference);
        }

        var review = new Review
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnership.Id,
            Reference = reference,
            DateOfDeath = input.DateOfDeath!.Value,
            DateNotified = input.DateNotified!.Value,
            NotifyingAgency = string.IsNullOrWhiteSpace(input.NotifyingAgency) ? null : input.NotifyingAgency.Trim(),
            NotificationSource = input.NotificationSource,
            Stage = ReviewStage.Notified,
            CreatedByUserId = user.UserId,
        };
        ReviewClocks.RefreshDueDate(review, ClockSettings.From(partnership, review.DateNotified));
        review.Events.Add(new ReviewEvent
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            UserId = user.UserId,
            UserName = user.DisplayName,
            Kind = ReviewEventKind.Created,
            ToStage = ReviewStage.Notified,
            EffectiveDate = review.DateNotified,
        });
        db.Reviews.Add(review);
        db.Record(time, user, AuditActions.Create, Entity, review.Id.ToString(),
            detail: "Reference, DateOfDeath, DateNotified, NotifyingAgency, NotificationSource, Stage", changes: ChangedFields.Values(db.Entry(review)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another coordinator may have taken the same reference between our check and our save.
            if (await ReferenceExistsAsync(partnership.Id, reference, ct))
            {
                return ReferenceTaken(reference);
            }

            throw;
        }

        return Result<Guid>.Ok(review.Id);
    }

    public async Task<PagedResult<ReviewListItem>> ListAsync(ReviewQuery query, PageRequest page, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await SettingsOfAsync(db, user, ct);
        var today = UkDates.TodayInUk(time);
        var reviews = db.Reviews.AsNoTracking().Visible(user).Apply(query, today, settings.AmberWindowDays);

        var total = await reviews.CountAsync(ct);
        var items = await ReviewListRows.ReadAsync(db, reviews, page, today, settings.AmberWindowDays, ct);
        // The filters, never the rows: a search is on references, and the trail must not repeat case content.
        db.Record(time, user, AuditActions.List, Entity, "", detail: $"{AuditFilters.Describe(query)}; page {page.Page + 1}; {total} found");
        await db.SaveChangesAsync(ct);
        return new PagedResult<ReviewListItem>(items, total);
    }

    /// <summary>How many visible reviews stand at each stage (stages with none are left out).</summary>
    public async Task<IReadOnlyDictionary<ReviewStage, int>> CountByStageAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.Reviews.Visible(user).GroupBy(r => r.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return counts.ToDictionary(c => c.Stage, c => c.Count);
    }

    /// <summary>Opens a review and audits the view. Unknown and forbidden ids both give null (not found).</summary>
    public async Task<ReviewDetails?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().AsSplitQuery().Visible(user)
            .Include(r => r.Partnership).ThenInclude(p => p!.Timescales).Include(r => r.Pauses).Include(r => r.Proceedings)
            .SingleOrDefaultAsync(r => r.Id == id, ct);

        db.Record(time, user, AuditActions.View, Entity, id.ToString(), review is null ? AuditOutcome.Denied : AuditOutcome.Succeeded);
        await db.SaveChangesAsync(ct);
        if (review is null)
        {
            return null;
        }

        var canChange = ReviewAccess.CanChange(user, review);
        var facts = ReviewClocks.FactsOf(review);
        var regime = ReviewRegimes.For(review);
        var scopeTest = regime == ReviewRegime.Dardr && review.Decision == ReviewDecision.Pending && canChange
            ? await DardrScopeFacts.CheckAsync(db, review.Id, ct)
            : null;
        return new ReviewDetails(review.Id, review.Partnership!.Name, review.Stage, review.CreatedUtc,
            ReviewRecordInput.From(review),
            ReviewClocks.Read(facts, ClockSettings.From(review.Partnership, review.DateNotified), time),
            facts.Pauses.OrderBy(p => p.Start).ToList(),
            review.Proceedings.OrderBy(p => p.StartDate ?? DateOnly.MaxValue)
                .Select(p => new ParallelProceedingView(p.Id, p.Type, p.Status, p.Description, p.StartDate, p.NextKeyDate, p.ConcludedDate))
                .ToList(),
            ReviewStageMachine.Available(review.Stage, review.OpenPause is not null)
                .Where(t => ReviewAccess.CanMove(user, review, t.Move)).ToList(),
            canChange, ReviewAccess.CanReadAuditTrail(user, review))
        {
            LegalHold = review is { LegalHoldReason: { } reason, LegalHoldSince: { } since } ? new LegalHold(reason, since) : null,
            CanSetLegalHold = ReviewAccess.CanSetLegalHold(user, review),
            TypeName = ReviewTypeNames.For(review.Partnership, regime),
            ScopeTestFailures = scopeTest,
            Leads = await ReviewLeads.ReadAsync(db, review.Id, review.IndependentChair, review.Author, ct),
            AgreedTimetable = review.RevisedTargetDate is { } target
                ? new AgreedTimetable(target, review.RevisedTargetReason, review.RevisedTargetAgreedOn) : null,
        };
    }

    /// <summary>Every move, pause and resumption of a review, newest first. Null when the review is not visible.</summary>
    public async Task<IReadOnlyList<TimelineEntry>?> TimelineAsync(Guid id, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = await db.Reviews.Visible(user).AnyAsync(r => r.Id == id, ct);
        db.Record(time, user, AuditActions.View, TimelineEntity, id.ToString(), visible ? AuditOutcome.Succeeded : AuditOutcome.Denied, reviewId: id);
        await db.SaveChangesAsync(ct);
        if (!visible)
        {
            return null;
        }

        return await db.ReviewEvents.AsNoTracking().Where(e => e.ReviewId == id)
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Select(e => new TimelineEntry(e.AtUtc, e.UserName, e.Kind, e.Move, e.FromStage, e.ToStage, e.PauseReason, e.EffectiveDate, e.Note))
            .ToListAsync(ct);
    }

    /// <summary>The timescales of the user's partnership, each review taking its own version (defaults when the user has none, so lists still render).</summary>
    internal static Task<Partnerships.PartnershipTimescales> SettingsOfAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        Partnerships.PartnershipTimescales.LoadAsync(db, user.PartnershipId, ct);

    private async Task<bool> ReferenceExistsAsync(int partnershipId, string reference, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Reviews.AnyAsync(r => r.PartnershipId == partnershipId && r.Reference == reference, ct);
    }

    internal static Result<Guid> ReferenceTaken(string reference) => Result<Guid>.Refused(nameof(NewReviewInput.Reference),
        $"Reference '{reference}' is already used by another review in this partnership. Choose a different reference.");
}
