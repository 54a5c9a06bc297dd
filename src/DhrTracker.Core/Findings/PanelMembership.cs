using DhrTracker.Core.Data;

namespace DhrTracker.Core.Findings;

/// <summary>
/// Whether a user sits on a review's panel. MERGE NOTE for the lead: panels arrive with issue 4;
/// point this one query at its panel-membership table. Until then nobody sits on a panel, so only
/// Coordinators record findings, and the PanelMember tests that need a seat are skipped.
/// </summary>
internal static class PanelMembership
{
    public static Task<bool> SitsOnPanelAsync(AppDbContext db, Guid reviewId, string userId, CancellationToken ct = default)
    {
        _ = (db, reviewId, userId, ct);
        return Task.FromResult(false);
    }
}
