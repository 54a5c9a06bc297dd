using DhrTracker.Core.Data;

namespace DhrTracker.Core.Actions;

/// <summary>How the timeline names an action (ADR 0386): its number and owning agency, never its text.</summary>
internal static class PlanLines
{
    /// <summary>"Action 2.1 (Police)".</summary>
    public static async Task<string> ActionAsync(AppDbContext db, ActionItem action, CancellationToken ct)
    {
        var rec = await db.Recommendations.Where(r => r.Id == action.RecommendationId).Select(r => r.Number).SingleAsync(ct);
        var agency = await db.Agencies.Where(a => a.Id == action.OwnerAgencyId).Select(a => a.Name).SingleAsync(ct);
        return $"Action {rec}.{action.Number} ({agency})";
    }
}
