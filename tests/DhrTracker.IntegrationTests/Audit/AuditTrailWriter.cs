using DhrTracker.Core.Audit;
using DhrTracker.Core.Identity;

namespace DhrTracker.IntegrationTests.Audit;

/// <summary>Writes audit entries as a service would, so the reader's tests do not depend on which services record what.</summary>
public static class AuditTrailWriter
{
    public const string Ip = "203.0.113.7";

    public static async Task<long> WriteAsync(TestDatabase db, string userId, int? partnershipId, string action, string entityType, string entityId,
        Guid? reviewId = null, AuditOutcome outcome = AuditOutcome.Succeeded, string? detail = null, string? changes = null)
    {
        await using var context = db.NewContext();
        var who = new CurrentUser(userId, "", new HashSet<string>(), partnershipId) { Origin = new RequestOrigin { IpAddress = Ip, UserAgent = "Synthetic browser" } };
        context.Record(db.Time, who, action, entityType, entityId, outcome, detail, reviewId, changes);
        await context.SaveChangesAsync();
        return await context.AuditEntries.MaxAsync(a => a.Id);
    }
}
