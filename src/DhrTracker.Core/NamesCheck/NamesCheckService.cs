using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.NamesCheck;

/// <summary>
/// The real names check of a review's reports (issue 14 item 4, ADR 0396): run by whoever reads the review, the words found
/// shown only to those who may read that fact; hits accepted with a reason by the review's coordinators. The same check
/// stops submission for QA and publication (<see cref="NamesGate"/>). Every run and every acceptance is audited.
/// </summary>
public sealed class NamesCheckService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<NameHitAcceptInput> validator,
    TimeProvider time)
{
    /// <summary>What an audit row of running the check names.</summary>
    public const string Entity = "NamesCheck";

    public const string AcceptanceEntity = nameof(NameHitAcceptance);

    public const string Gone = "That hit is no longer in the latest version, or the detail it matched has changed. Run the check again.";

    /// <summary>Null when the review does not exist or the user may not see it. The run is audited, with counts only.</summary>
    public async Task<NamesCheckView?> CheckAsync(Guid reviewId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        if (review is null)
        {
            db.Record(time, user, AuditActions.View, Entity, reviewId.ToString(), AuditOutcome.Denied, reviewId: reviewId);
            await db.SaveChangesAsync(ct);
            return null;
        }

        var documents = await NamesScan.RunAsync(db, reviewId, ct);
        db.Record(time, user, AuditActions.View, Entity, reviewId.ToString(), reviewId: reviewId,
            detail: $"{documents.Count} documents checked; {documents.Sum(d => d.Outstanding)} hits not accepted; {documents.Count(d => d.Problem is not null)} unreadable");
        await db.SaveChangesAsync(ct);

        var readable = ReviewAccess.ReadableFacts(user, review);
        return new NamesCheckView(
            documents.Select(d => d with { Hits = d.Hits.Select(h => readable.Contains(h.Fact) ? h : h with { Found = null }).ToList() }).ToList(),
            ReviewAccess.CanAcceptNameHits(user, review));
    }

    /// <summary>Keeps one hit of the latest version of a report, with the reason. Saves the acceptance, its audit row and timeline line, or nothing.</summary>
    public async Task<Result<Guid>> AcceptAsync(Guid reviewId, NameHitAcceptInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckAsync(db, time, user, reviewId, AuditActions.Create, AcceptanceEntity, ReviewAccess.CanAcceptNameHits, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        // The hit must be one the check finds now, in the latest version: an acceptance never covers a place it was not shown.
        var document = (await NamesScan.RunAsync(db, reviewId, ct)).FirstOrDefault(d => d.VersionId == input.DocumentVersionId);
        var hit = document?.Hits.FirstOrDefault(h => h.PersonId == input.PersonId && h.Detail == input.Detail && h.Location == input.Location);
        if (document is null || hit is null)
        {
            return Result<Guid>.Refused("", Gone);
        }

        if (hit.Accepted is not null)
        {
            return Result<Guid>.Refused("", "This hit is already accepted.");
        }

        var acceptance = new NameHitAcceptance
        {
            Id = Guid.NewGuid(),
            DocumentVersionId = document.VersionId,
            PersonId = hit.PersonId,
            Detail = hit.Detail,
            Location = hit.Location,
            Reason = input.Reason.Trim(),
            AcceptedByUserId = user.UserId,
            AcceptedUtc = time.GetUtcNow().UtcDateTime,
        };
        db.Add(acceptance);
        // Names the place and the person by role and pseudonym; the words found are never written to the trail.
        db.Record(time, user, AuditActions.Create, AcceptanceEntity, acceptance.Id.ToString(), reviewId: reviewId,
            detail: $"{document.Kind} version {document.Version}, {hit.Location}: {hit.Person}, {hit.What.ToLowerInvariant()}",
            changes: ChangedFields.Values(db.Entry(acceptance)));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Documents,
            $"Real names check: a hit in the {document.Kind.Display().ToLowerInvariant()} (version {document.Version}) accepted with a reason");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result<Guid>.Refused("", "Someone else accepted this hit at the same time. Run the check again.");
        }

        return Result<Guid>.Ok(acceptance.Id);
    }
}
