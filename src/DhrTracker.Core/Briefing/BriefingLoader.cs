using DhrTracker.Core.Actions;
using DhrTracker.Core.Data;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Learning;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Themes;

namespace DhrTracker.Core.Briefing;

/// <summary>
/// Loads a <see cref="BriefingRegister"/> in a fixed handful of queries, each narrowed in SQL to the counted reviews
/// (or, for "What's changed", to actions signed off around the period), so what is read grows with the briefing,
/// not with the register. The rules are applied again, exactly, by <see cref="BriefingCalculator"/>.
/// </summary>
internal static class BriefingLoader
{
    /// <summary>The partnership's reviews decided to be held and notified in the period (ends included).</summary>
    public static IQueryable<Review> Counted(AppDbContext db, BriefingRequest request)
    {
        var reviews = db.Reviews.AsNoTracking().Where(r => r.PartnershipId == request.PartnershipId && r.Decision == ReviewDecision.Hold);
        if (request.From is { } from)
        {
            reviews = reviews.Where(r => r.DateNotified >= from);
        }

        if (request.To is { } to)
        {
            reviews = reviews.Where(r => r.DateNotified <= to);
        }

        return reviews;
    }

    /// <summary>Null when there is no such partnership. Findings' text and people's names are read only when <paramref name="withText"/>.</summary>
    public static async Task<BriefingRegister?> LoadAsync(AppDbContext db, BriefingRequest request, bool withText, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().Where(p => p.Id == request.PartnershipId)
            .Select(p => new BriefingPartnership(p.Id, p.Name, p.AreaName, p.ReviewTypeName, p.BriefingBackground, p.SmallNumberThreshold))
            .SingleOrDefaultAsync(ct);
        if (partnership is null)
        {
            return null;
        }

        var counted = Counted(db, request);
        var ids = counted.Select(r => r.Id);
        var reviews = await counted.Select(r => new
        {
            r.Id,
            r.Decision,
            r.DateNotified,
            Victims = db.Victims.Count(v => v.ReviewId == r.Id),
            Children = db.Circumstances.Where(c => c.ReviewId == r.Id).Select(c => c.ChildrenInHousehold).FirstOrDefault(),
        }).ToListAsync(ct);
        var kinds = (await db.Relationships.AsNoTracking().Where(r => ids.Contains(r.ReviewId))
            .Select(r => new { r.ReviewId, r.Kind }).Distinct().ToListAsync(ct)).ToLookup(k => k.ReviewId, k => k.Kind);
        var goodPracticeFindings = db.Findings.AsNoTracking().Where(f => ids.Contains(f.ReviewId) && f.Type == FindingType.GoodPractice);
        var goodPractice = await goodPracticeFindings
            .OrderBy(f => f.Review!.DateNotified).ThenBy(f => f.CreatedUtc).ThenBy(f => f.Id)
            .Select(f => new BriefingFindingFacts(f.ReviewId, withText ? f.Narrative : ""))
            .ToListAsync(ct);
        var names = withText && goodPractice.Count > 0 ? await NamesAsync(db, goodPracticeFindings.Select(f => f.ReviewId), ct) : [];
        var taxonomy = await ThemeTaxonomy.LoadAsync(db, request.PartnershipId, ct);
        var uses = await ThemeCountQuery.Build(db, ids, [], everyUse: true).ReviewUses.ToListAsync(ct);

        return new BriefingRegister(
            partnership,
            reviews.Select(r => new BriefingReviewFacts(r.Id, r.Decision, r.DateNotified, r.Victims, r.Children, kinds[r.Id].ToList(),
                names.Where(n => n.ReviewId == r.Id).Select(n => n.Name).ToList())).ToList(),
            uses,
            taxonomy.Canonical,
            taxonomy.Entries.ToDictionary(e => e.Id, e => e.Name),
            goodPractice,
            await ActionsAsync(db, request, ids, ct));
    }

    /// <summary>Victims' and perpetrators' pseudonyms and real names, only to remove them from quoted findings.</summary>
    private static async Task<List<(Guid ReviewId, string Name)>> NamesAsync(AppDbContext db, IQueryable<Guid> reviewIds, CancellationToken ct)
    {
        var victims = await db.Victims.AsNoTracking().Where(v => reviewIds.Contains(v.ReviewId))
            .Select(v => new { v.ReviewId, v.Pseudonym, v.RealName }).ToListAsync(ct);
        var perpetrators = await db.Perpetrators.AsNoTracking().Where(p => reviewIds.Contains(p.ReviewId))
            .Select(p => new { p.ReviewId, p.Pseudonym, p.RealName }).ToListAsync(ct);
        return victims.Select(v => (v.ReviewId, v.Pseudonym))
            .Concat(victims.Where(v => v.RealName is not null).Select(v => (v.ReviewId, v.RealName!)))
            .Concat(perpetrators.Select(p => (p.ReviewId, p.Pseudonym)))
            .Concat(perpetrators.Where(p => p.RealName is not null).Select(p => (p.ReviewId, p.RealName!)))
            .ToList();
    }

    /// <summary>
    /// The counted reviews' actions, and any held review's action signed off around the period: the window is a day
    /// wider at each end than the UK dates, and the calculator keeps those whose UK sign-off date is inside.
    /// </summary>
    private static async Task<List<BriefingActionFacts>> ActionsAsync(AppDbContext db, BriefingRequest request, IQueryable<Guid> ids, CancellationToken ct)
    {
        DateTime? fromUtc = request.From is { } from ? from.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;
        DateTime? toUtc = request.To is { } to ? to.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;
        var rows = await db.Actions.AsNoTracking()
            .Where(a => a.Review!.PartnershipId == request.PartnershipId && a.Review.Decision == ReviewDecision.Hold
                && (ids.Contains(a.ReviewId)
                    || (a.SignedOffUtc != null && (fromUtc == null || a.SignedOffUtc >= fromUtc) && (toUtc == null || a.SignedOffUtc < toUtc))))
            .Select(a => new
            {
                a.Id,
                a.ReviewId,
                a.Description,
                a.Outcome,
                a.Status,
                a.TargetDate,
                a.CompletedOn,
                a.SignedOffUtc,
                a.SignedOffBeforeImport,
                Agency = a.OwnerAgency!.Name,
                a.Review!.Decision,
            })
            .ToListAsync(ct);
        return rows.Select(a => new BriefingActionFacts(new ActionItem
        {
            Id = a.Id,
            ReviewId = a.ReviewId,
            Description = a.Description,
            Outcome = a.Outcome,
            Status = a.Status,
            TargetDate = a.TargetDate,
            CompletedOn = a.CompletedOn,
            SignedOffUtc = a.SignedOffUtc,
            SignedOffBeforeImport = a.SignedOffBeforeImport,
        }, a.Agency, a.Decision)).ToList();
    }
}
