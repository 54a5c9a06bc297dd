using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Family;

/// <summary>
/// The dashboard's family list (issue 14 item 2, ADR 0391), over open reviews the partnership decided to hold: no contact
/// or meeting logged with anyone; specialist advocacy offered to nobody; and publication near (with the Home Office for
/// QA, or approved and awaiting publication) with the family not yet told.
/// </summary>
public static class FamilyGaps
{
    public const string NotContacted = "Family not yet contacted";
    public const string AdvocacyNotOffered = "Advocacy not yet offered";
    public const string NotToldOfPublication = "Publication near: family not yet told";

    public static async Task<IReadOnlyList<FamilyGap>> ListAsync(DbContext db, IQueryable<Review> visible, int limit, CancellationToken ct)
    {
        var held = visible.Where(r => r.Decision == ReviewDecision.Hold && r.Stage != ReviewStage.Closed && r.Stage != ReviewStage.NotProceeding);
        var log = db.Set<InvolvementEntry>();
        var members = db.Set<FamilyMember>();
        var gaps = new List<FamilyGap>();
        gaps.AddRange(await ReadAsync(held.Where(r => !log.Any(e => e.ReviewId == r.Id
            && (e.Step == InvolvementStep.Contact || e.Step == InvolvementStep.Meeting))), NotContacted, limit, ct));
        gaps.AddRange(await ReadAsync(held.Where(r => !members.Any(m => m.ReviewId == r.Id && m.AdvocacyOfferedOn != null)),
            AdvocacyNotOffered, limit, ct));
        gaps.AddRange(await ReadAsync(held.Where(r => (r.Stage == ReviewStage.HomeOfficeQa || r.Stage == ReviewStage.AwaitingPublication)
            && r.FamilyToldOfPublicationOn == null
            && !log.Any(e => e.ReviewId == r.Id && e.Step == InvolvementStep.ToldBeforePublication && !e.Declined)), NotToldOfPublication, limit, ct));
        return gaps;
    }

    private static async Task<IEnumerable<FamilyGap>> ReadAsync(IQueryable<Review> reviews, string gap, int limit, CancellationToken ct) =>
        (await reviews.OrderBy(r => r.DecisionDate).ThenBy(r => r.Reference).Take(limit)
            .Select(r => new { r.Id, r.Reference, r.Stage }).ToListAsync(ct))
        .Select(r => new FamilyGap(r.Id, r.Reference, r.Stage, gap));
}
