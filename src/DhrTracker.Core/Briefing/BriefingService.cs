using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.National;

namespace DhrTracker.Core.Briefing;

/// <summary>
/// Writes the 7-minute briefing from the register (issue 12) for the page, its downloads and <c>dhr briefing</c>.
/// It changes nothing: each call leaves one audit row naming the partnership and the period, never case content.
/// </summary>
public sealed class BriefingService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    public const string Entity = "Briefing";
    public const string EndBeforeStart = "The end of the period must be on or after its start.";
    public const string NoSuchPartnership = "There is no such partnership.";

    public async Task<Result<BriefingReport>> WriteAsync(BriefingRequest request, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        var entityId = request.PartnershipId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!LearningAccess.CanSeeBriefing(user, request.PartnershipId))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.View, Entity, entityId, AuditOutcome.Denied, Describe(request), ct);
            return Result<BriefingReport>.Refused("", "You do not have permission to see this partnership's briefing.");
        }

        if (request.From is { } from && request.To is { } to && to < from)
        {
            await dbFactory.RecordAsync(time, user, AuditActions.View, Entity, entityId, AuditOutcome.Refused, Describe(request), ct);
            return Result<BriefingReport>.Refused(nameof(BriefingRequest.To), EndBeforeStart);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Findings are read by whoever reads every review of the partnership (ReviewAccess): its Coordinators and
        // Managers. The dhr command sees no case content, so it gets the count of good practice without the text.
        var readsFindings = user.PartnershipId == request.PartnershipId && LearningAccess.SeesPartnershipWideCounts(user);
        var register = await BriefingLoader.LoadAsync(db, request, readsFindings, ct);
        if (register is null)
        {
            db.Record(time, user, AuditActions.View, Entity, entityId, AuditOutcome.Refused, Describe(request));
            await db.SaveChangesAsync(ct);
            return Result<BriefingReport>.Refused("Partnership", NoSuchPartnership);
        }

        var report = BriefingCalculator.Calculate(register, request, UkDates.TodayInUk(time), readsFindings) with
        {
            National = await NationalComparison.SummaryAsync(db, ct),
            Comparison = await NationalComparison.CompareAsync(db, BriefingLoader.Counted(db, request).Select(r => r.Id), ct),
        };
        db.Record(time, user, AuditActions.View, Entity, entityId, detail: Describe(request));
        await db.SaveChangesAsync(ct);
        return Result<BriefingReport>.Ok(report);
    }

    /// <summary>The period as the audit row states it; nothing else, so the trail holds no case content.</summary>
    public static string Describe(BriefingRequest request) => request is { From: null, To: null }
        ? "period=all time"
        : $"period={request.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "start"} to {request.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "today"}";
}
