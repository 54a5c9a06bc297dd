using DhrTracker.Core.Data;
using DhrTracker.Core.People;

namespace DhrTracker.Core.Learning;

/// <summary>Each review's Home Office category, derived from its recorded relationships by issue 4's rule.</summary>
public sealed class RelationshipCategorySource : IReviewCategorySource
{
    public IReadOnlyList<string> Categories { get; } = Enum.GetValues<ReviewCategory>().Select(c => c.ToString()).ToList();

    public async Task<IReadOnlyDictionary<Guid, string>> CategoriesOfAsync(AppDbContext db, IQueryable<Guid> reviewIds, CancellationToken ct = default)
    {
        var kinds = await db.Relationships.AsNoTracking().Where(r => reviewIds.Contains(r.ReviewId))
            .Select(r => new { r.ReviewId, r.Kind }).Distinct().ToListAsync(ct);
        return kinds.GroupBy(k => k.ReviewId)
            .Select(g => (g.Key, ReviewCategoryRules.Classify(g.Select(k => k.Kind), anyVictimDiedBySuicide: false).Category))
            .Where(c => c.Category is not null)
            .ToDictionary(c => c.Key, c => c.Category!.Value.ToString());
    }
}
