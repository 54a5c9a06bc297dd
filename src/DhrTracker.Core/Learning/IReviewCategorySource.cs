using DhrTracker.Core.Data;

namespace DhrTracker.Core.Learning;

/// <summary>
/// The category of each review (partner, familial, household: DHR-PRIMER section 4), derived from its
/// relationships (<see cref="RelationshipCategorySource"/>). The themes view splits review counts by it.
/// </summary>
public interface IReviewCategorySource
{
    /// <summary>The column headings, in order, e.g. Partner, Familial, Household.</summary>
    IReadOnlyList<string> Categories { get; }

    /// <summary>Category of each given review that has one; reviews without a known category are left out.</summary>
    Task<IReadOnlyDictionary<Guid, string>> CategoriesOfAsync(AppDbContext db, IQueryable<Guid> reviewIds, CancellationToken ct = default);
}
