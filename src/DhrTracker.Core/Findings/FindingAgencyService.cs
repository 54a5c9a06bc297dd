using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Findings;

/// <summary>
/// The coordinator's list of findings whose old agency text matched no register name, and resolving one
/// (ADR 0388). Both follow <see cref="ReviewAccess.CanResolveFindingAgencies"/>.
/// </summary>
public sealed class FindingAgencyService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<ResolveAgencyInput> validator,
    TimeProvider time)
{
    public const string ListEntity = "FindingAgencies";
    private const string Entity = nameof(Finding);

    /// <summary>The partnership's findings whose agency needs resolving, oldest review first; empty for anyone but its Coordinators.</summary>
    public async Task<IReadOnlyList<AgencyToResolve>> ToResolveAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        var allowed = user.PartnershipId is { } p && ReviewAccess.CanResolveFindingAgencies(user, p);
        await dbFactory.RecordAsync(time, user, AuditActions.List, ListEntity, "", allowed ? AuditOutcome.Succeeded : AuditOutcome.Denied, ct: ct);
        if (!allowed)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Unresolved(db, user.PartnershipId!.Value)
            .OrderBy(f => f.Review!.Reference).ThenBy(f => f.CreatedUtc).ThenBy(f => f.Id)
            .Select(f => new AgencyToResolve(f.Id, f.ReviewId, f.Review!.Reference, f.Type, f.AgencyName!, f.Version))
            .ToListAsync(ct);
    }

    /// <summary>How many findings wait on the list, for the dashboard's link; 0 for anyone but the partnership's Coordinators.</summary>
    public async Task<int> CountToResolveAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (user.PartnershipId is not { } partnershipId || !ReviewAccess.CanResolveFindingAgencies(user, partnershipId))
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Unresolved(db, partnershipId).CountAsync(ct);
    }

    /// <summary>Names a register agency (or Other with a note) for one finding; returns its new version.</summary>
    public async Task<Result<Guid>> ResolveAsync(Guid findingId, ResolveAgencyInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var finding = await db.Findings.Include(f => f.Review)
            .Where(f => db.Reviews.Visible(user).Select(r => r.Id).Contains(f.ReviewId))
            .SingleOrDefaultAsync(f => f.Id == findingId, ct);
        if (finding is null || !ReviewAccess.CanResolveFindingAgencies(user, finding.Review!.PartnershipId))
        {
            await db.RecordDeniedAsync(time, user, AuditActions.Update, Entity, findingId.ToString(), ct);
            return finding is null ? throw new NotFoundException("The finding") : Result<Guid>.Refused("", Refusals.NotPermitted);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        if (await FindingAgencyCheck.CheckAsync(db, finding.Review.PartnershipId, input, finding.AgencyId, ct) is { } agencyError)
        {
            return Result<Guid>.Refused([agencyError]);
        }

        if (finding.Version != input.Version)
        {
            return Result<Guid>.Refused("", FindingService.ConflictMessage);
        }

        (finding.AgencyId, finding.AgencyIsOther, finding.AgencyName) = FindingAgencyCheck.Stored(input, finding);
        db.Entry(finding).Property(f => f.Version).OriginalValue = input.Version;
        db.Record(time, user, AuditActions.Update, Entity, finding.Id.ToString(), detail: "Agency resolved", reviewId: finding.ReviewId,
            changes: ChangedFields.Values(db.Entry(finding)));
        db.AddTimelineLine(time, user, finding.ReviewId, ReviewEventKind.Findings, $"Finding changed: {finding.Type.Display().ToLowerInvariant()}");
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Ok(finding.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<Guid>.Refused("", FindingService.ConflictMessage);
        }
    }

    private static IQueryable<Finding> Unresolved(AppDbContext db, int partnershipId) =>
        db.Findings.Where(f => f.Review!.PartnershipId == partnershipId && f.AgencyId == null && !f.AgencyIsOther && f.AgencyName != null);
}
