using System.Data.Common;
using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Retention;

/// <summary>
/// <c>dhr retention run</c> (SECURITY R21, ADR 0305): finds the reviews that ended longer ago than their
/// partnership's retention period and, unless it is a dry run, removes each one's case content and
/// documents in its own transaction, leaving its audit entries as tombstones. Reviews under legal
/// hold are kept and reported. Only the installation may run it.
/// </summary>
public sealed class RetentionService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    public const string RunEntity = "Retention";

    public async Task<Result<RetentionReport>> RunAsync(bool dryRun, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        var today = UkDates.TodayInUk(time);
        if (!ReviewAccess.CanRunRetention(user))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.RetentionRun, RunEntity, today.ToString("O"), AuditOutcome.Denied, ct: ct);
            return Result<RetentionReport>.Refused("", "Only the installation's dhr command may run retention.");
        }

        var past = await PastRetentionAsync(today, ct);
        var due = past.Where(c => c.Hold is null).ToList();
        var held = past.Where(c => c.Hold is not null).ToList();
        var failed = new List<RetentionFailure>();
        if (!dryRun)
        {
            var purged = new List<RetentionCandidate>();
            foreach (var candidate in due)
            {
                try
                {
                    var counts = await PurgeAsync(user, candidate, today, ct);
                    if (counts is not null)
                    {
                        purged.Add(candidate with { Removed = counts });
                    }
                    else if (await HoldOfAsync(candidate.ReviewId, ct) is { } hold)
                    {
                        held.Add(candidate with { Hold = hold });
                    }
                }
                catch (DbException ex)
                {
                    failed.Add(new RetentionFailure(candidate, ex.Message));
                }
                catch (DbUpdateException ex)
                {
                    failed.Add(new RetentionFailure(candidate, ex.InnerException?.Message ?? ex.Message));
                }
            }

            due = purged;
        }

        var report = new RetentionReport(today, dryRun, due, held, failed);
        await dbFactory.RecordAsync(time, user, AuditActions.RetentionRun, RunEntity, today.ToString("O"),
            failed.Count == 0 ? AuditOutcome.Succeeded : AuditOutcome.Refused, Summary(report), ct);
        return Result<RetentionReport>.Ok(report);
    }

    /// <summary>Every review, in every partnership, that ended before today less that partnership's retention period.</summary>
    private async Task<List<RetentionCandidate>> PastRetentionAsync(DateOnly today, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var partnerships = await db.Partnerships.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.RetentionYears }).ToListAsync(ct);
        var found = new List<RetentionCandidate>();
        foreach (var p in partnerships)
        {
            var cutoff = today.AddYears(-p.RetentionYears);
            var reviews = await EndedBefore(db.Reviews.AsNoTracking().Where(r => r.PartnershipId == p.Id), cutoff).OrderBy(r => r.Reference)
                .Select(r => new { r.Id, r.Reference, r.Stage, r.ClosedDate, r.DecisionDate, r.LegalHoldReason, r.LegalHoldSince })
                .ToListAsync(ct);
            found.AddRange(reviews.Select(r => new RetentionCandidate(r.Id, r.Reference, p.Name, r.Stage,
                (r.Stage == ReviewStage.Closed ? r.ClosedDate : r.DecisionDate)!.Value, p.RetentionYears,
                r.LegalHoldReason is null ? null : new LegalHold(r.LegalHoldReason, r.LegalHoldSince ?? today))));
        }

        return found;
    }

    /// <summary>Ended (closed, or decided not to proceed) before the cutoff.</summary>
    private static IQueryable<Review> EndedBefore(IQueryable<Review> reviews, DateOnly cutoff) =>
        reviews.Where(r => (r.Stage == ReviewStage.Closed && r.ClosedDate < cutoff) || (r.Stage == ReviewStage.NotProceeding && r.DecisionDate < cutoff));

    /// <summary>
    /// One review, all or nothing. The review row is locked first and checked again (a Coordinator may have
    /// placed a hold since the list was made); null when it is now held or no longer due, and then nothing was removed.
    /// </summary>
    private async Task<PurgeCounts?> PurgeAsync(CurrentUser user, RetentionCandidate candidate, DateOnly today, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Locking by updating nothing: SQL Server holds the row's lock, SQLite its one writer, until commit.
        var locked = await EndedBefore(db.Reviews.Where(r => r.Id == candidate.ReviewId && r.LegalHoldReason == null),
                today.AddYears(-candidate.RetentionYears))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UpdatedUtc, r => r.UpdatedUtc), ct);
        if (locked == 0)
        {
            return null;
        }

        var counts = await ReviewPurge.RunAsync(db, candidate.ReviewId, ct);
        db.Record(time, user, AuditActions.Purge, AuditTrail.ReviewEntity, candidate.ReviewId.ToString(),
            detail: $"Reference {candidate.Reference} ({candidate.Partnership}); {candidate.Rule}; "
                + $"removed {counts.Rows} records and {counts.Files} files; values of {counts.AuditValues} audit entries removed, the entries kept");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return counts;
    }

    private async Task<LegalHold?> HoldOfAsync(Guid reviewId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().Where(r => r.Id == reviewId)
            .Select(r => new { r.LegalHoldReason, r.LegalHoldSince }).SingleOrDefaultAsync(ct);
        return review?.LegalHoldReason is { } reason ? new LegalHold(reason, review.LegalHoldSince ?? UkDates.TodayInUk(time)) : null;
    }

    private static string Summary(RetentionReport r) => r.DryRun
        ? $"Dry run on {UkDates.Format(r.Today)}: {r.Due.Count} due for removal, {r.Held.Count} kept under legal hold"
        : $"Run on {UkDates.Format(r.Today)}: {r.Due.Count} removed, {r.Held.Count} kept under legal hold, {r.Failed.Count} failed";
}
