using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Partnerships;

/// <summary>
/// Adds a version of the statutory timescales (ADR 0355). It applies to reviews notified on or after its
/// effective date (until a later version): their stored due dates are refreshed in the same save, and reviews
/// notified before keep their clock. An effective date in the past reaches reviews already running, so the
/// Administrator must confirm how many before anything is saved.
/// </summary>
public sealed class TimescaleService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<TimescaleVersionInput> validator,
    TimeProvider time)
{
    public const string Entity = nameof(TimescaleVersion);

    /// <summary>
    /// How many open reviews a version taking effect on <paramref name="effectiveFrom"/> would re-date, for the form to
    /// say before saving; null when the partnership is not the user's to manage.
    /// </summary>
    public async Task<int?> ReachesAsync(int partnershipId, DateOnly effectiveFrom, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!PartnershipAccess.CanManageSettings(user, partnershipId))
        {
            await db.RecordDeniedAsync(time, user, AuditActions.View, Entity, partnershipId.ToString(), ct);
            return null;
        }

        var versions = await db.Set<TimescaleVersion>().Where(t => t.PartnershipId == partnershipId).ToListAsync(ct);
        return await Reached(db, partnershipId, versions, effectiveFrom).CountAsync(ct);
    }

    /// <summary>Adds the version; returns how many open reviews it re-dated.</summary>
    public async Task<Result<int>> AddAsync(TimescaleVersionInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var partnership = PartnershipAccess.CanManageSettings(user, input.PartnershipId)
            ? await db.Partnerships.Include(p => p.Timescales).SingleOrDefaultAsync(p => p.Id == input.PartnershipId, ct)
            : null;
        if (partnership is null)
        {
            await db.RecordDeniedAsync(time, user, AuditActions.Create, Entity, input.PartnershipId.ToString(), ct);
            throw new NotFoundException("Partnership");
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<int>.Refused(validation);
        }

        var from = input.EffectiveFrom!.Value;
        if (partnership.Timescales.Any(t => t.EffectiveFrom == from))
        {
            return Result<int>.Refused(nameof(input.EffectiveFrom),
                $"Timescales already take effect on {UkDates.Format(from)}. Choose another date: a version is never edited, so the record shows every change.");
        }

        var reached = await Reached(db, partnership.Id, partnership.Timescales, from).ToListAsync(ct);
        if (reached.Count > 0 && input.ConfirmedRedatedReviews != reached.Count)
        {
            return Result<int>.Refused(nameof(input.ConfirmedRedatedReviews),
                $"These timescales take effect on {UkDates.Format(from)}, so they change the deadlines of {reached.Count} open "
                + $"{(reached.Count == 1 ? "review" : "reviews")} notified since then. Confirm to re-date {(reached.Count == 1 ? "it" : "them")}, or choose a later date.");
        }

        var version = new TimescaleVersion
        {
            PartnershipId = partnership.Id,
            EffectiveFrom = from,
            DecisionDueMonths = input.DecisionDueMonths,
            ReportDueMonths = input.ReportDueMonths,
            Reason = input.Reason!.Trim(),
            CreatedByUserId = user.UserId,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        partnership.Timescales.Add(version);
        var timescales = PartnershipTimescales.Of(partnership);
        foreach (var review in reached)
        {
            ReviewClocks.RefreshDueDate(review, timescales.For(review.DateNotified));
        }

        db.Record(time, user, AuditActions.Create, Entity, partnership.Id.ToString(),
            detail: $"From {UkDates.Format(from)}: decision {input.DecisionDueMonths} months, report {input.ReportDueMonths} months; {reached.Count} open reviews re-dated");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another Administrator added a version for the same date, or a review changed, while we saved.
            return Result<int>.Refused("", "Someone else changed these timescales or a review while you were saving. Nothing was saved: reload and try again.");
        }

        return Result<int>.Ok(reached.Count);
    }

    /// <summary>Open reviews a version from <paramref name="from"/> governs: notified on or after it, until the next later version takes over.</summary>
    private static IQueryable<Review> Reached(AppDbContext db, int partnershipId, IEnumerable<TimescaleVersion> versions, DateOnly from)
    {
        var until = versions.Where(t => t.EffectiveFrom > from).Select(t => (DateOnly?)t.EffectiveFrom).Min();
        return db.Reviews
            .Where(r => r.PartnershipId == partnershipId && r.DateNotified >= from && (until == null || r.DateNotified < until))
            .Where(r => r.Stage != ReviewStage.Closed && r.Stage != ReviewStage.NotProceeding);
    }
}
