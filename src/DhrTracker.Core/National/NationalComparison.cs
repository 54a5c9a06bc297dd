using DhrTracker.Core.Data;

namespace DhrTracker.Core.National;

/// <summary>The national picture and the partnership beside it, for the briefing and the analytics.</summary>
public static class NationalComparison
{
    /// <summary>The loaded national data's headline percentages, or null when none is loaded.</summary>
    public static Task<NationalSummary?> SummaryAsync(AppDbContext db, CancellationToken ct = default) =>
        throw new NotImplementedException("issue 12: national helper");

    /// <summary>These reviews beside the national data: category, abuse flags, victim sex and age band, with each base.</summary>
    public static Task<ComparisonTable> CompareAsync(AppDbContext db, IQueryable<Guid> reviewIds, CancellationToken ct = default) =>
        throw new NotImplementedException("issue 12: national helper");
}
