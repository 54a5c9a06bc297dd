using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Analytics;

/// <summary>
/// The partnership's register in numbers, for the analytics page and its CSV downloads. Everything starts
/// from <see cref="ReviewAccess.Visible"/>, so a panel member's charts count only the reviews they sit on;
/// which reviews each series counts is ADR 0335.
/// </summary>
public sealed class AnalyticsService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    TimeProvider time,
    IValidator<AnalyticsQuery> validator)
{
    public const string Entity = "Analytics";
    public const string NotPermitted = "Analytics are for coordinators, managers and panel members of a partnership.";

    public async Task<Result<AnalyticsReport>> GetAsync(AnalyticsQuery query, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!LearningAccess.CanSeeAnalytics(user))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.List, Entity, "", AuditOutcome.Denied, ct: ct);
            return Result<AnalyticsReport>.Refused("", NotPermitted);
        }

        var validation = await validator.ValidateAsync(query, ct);
        if (!validation.IsValid)
        {
            return Result<AnalyticsReport>.Refused(validation);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var partnershipId = user.PartnershipId!.Value;
        var partnership = await db.Partnerships.AsNoTracking().Include(p => p.Timescales).SingleAsync(p => p.Id == partnershipId, ct);
        var notified = InPeriod(db.Reviews.AsNoTracking().Visible(user), query);
        var scope = new AnalyticsScope(db, partnershipId, notified, notified.Where(r => r.Decision == ReviewDecision.Hold),
            Partnerships.PartnershipTimescales.Of(partnership), UkDates.TodayInUk(time));

        List<AnalyticsSeries> series =
        [
            await ReviewYearSeries.BuildAsync(scope, ct),
            await CategorySeries.BuildAsync(scope, query.SuicideSeparate, ct),
            await VictimSeries.AgeBandsAsync(scope, ct),
            await VictimSeries.SexAsync(scope, ct),
            await ThemeTrendSeries.BuildAsync(scope, ct),
            await FindingSeries.ByAgencyAsync(scope, ct),
            await FindingSeries.ByTypeAsync(scope, ct),
            await ActionSeries.BuildAsync(scope, ct),
            await ClockSeries.BuildAsync(scope, ct),
            await NationalSeries.BuildAsync(scope, ct),
        ];
        var report = new AnalyticsReport(LearningAccess.SeesPartnershipWideCounts(user), query,
            await notified.CountAsync(ct), await scope.Held.CountAsync(ct), series);

        db.Record(time, user, AuditActions.List, Entity, partnershipId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            detail: query.Describe());
        await db.SaveChangesAsync(ct);
        return Result<AnalyticsReport>.Ok(report);
    }

    private static IQueryable<Review> InPeriod(IQueryable<Review> reviews, AnalyticsQuery query)
    {
        if (query.From is { } from)
        {
            reviews = reviews.Where(r => r.DateNotified >= from);
        }

        return query.To is { } to ? reviews.Where(r => r.DateNotified <= to) : reviews;
    }
}
