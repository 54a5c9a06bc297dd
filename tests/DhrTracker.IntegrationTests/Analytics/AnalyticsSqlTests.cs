using DhrTracker.Core.Analytics;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Analytics;

/// <summary>
/// Every statement the analytics series send must be valid T-SQL (group-bys over projections, year parts of
/// dates, unions of themes). Run here against a SQL Server context that records statements without a server.
/// </summary>
public sealed class AnalyticsSqlTests
{
    [Fact]
    public async Task Every_series_statement_is_valid_T_SQL()
    {
        var statements = new SqlServerStatements();
        await using var db = statements.NewContext();
        var notified = db.Reviews.AsNoTracking().Where(r => r.PartnershipId == 1 && r.DateNotified >= new DateOnly(2024, 1, 1));
        var scope = new AnalyticsScope(db, 1, notified, notified.Where(r => r.Decision == ReviewDecision.Hold), PartnershipTimescales.Of(new Partnership()),
            new DateOnly(2026, 11, 30));

        var series = new List<AnalyticsSeries>
        {
            await ReviewYearSeries.BuildAsync(scope, CancellationToken.None),
            await CategorySeries.BuildAsync(scope, false, CancellationToken.None),
            await CategorySeries.BuildAsync(scope, true, CancellationToken.None),
            await VictimSeries.AgeBandsAsync(scope, CancellationToken.None),
            await VictimSeries.SexAsync(scope, CancellationToken.None),
            await ThemeTrendSeries.BuildAsync(scope, CancellationToken.None),
            await FindingSeries.ByAgencyAsync(scope, CancellationToken.None),
            await FindingSeries.ByTypeAsync(scope, CancellationToken.None),
            await ActionSeries.BuildAsync(scope, CancellationToken.None),
            await ClockSeries.BuildAsync(scope, CancellationToken.None),
            await NationalSeries.BuildAsync(scope, CancellationToken.None),
        };

        Assert.Equal(11, series.Count);
        Assert.True(statements.Sent.Count >= 10, $"Only {statements.Sent.Count} statements were sent.");
        Assert.Empty(statements.Unparsable());
    }
}
