using BenchmarkDotNet.Attributes;
using DhrTracker.Core.Common;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Benchmarks;

/// <summary>
/// The coordinator's reviews list and dashboard counts over a partnership with many reviews, on the
/// embedded SQLite database: one page of the server-side grid, a search, and the stage counts.
/// </summary>
[MemoryDiagnoser]
public class ReviewListBenchmarks
{
    private BenchDatabase bench = default!;

    [Params(1_000, 10_000)]
    public int Reviews { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        bench = await BenchDatabase.CreateAsync(Roles.Coordinator);
        var partnershipId = bench.PartnershipId;
        await using var seed = await bench.DbFactory.CreateDbContextAsync();
        var stages = Enum.GetValues<ReviewStage>();
        var clocks = new ClockSettings(1, 6, 28);
        for (var i = 1; i <= Reviews; i++)
        {
            var death = new DateOnly(2012, 1, 1).AddDays(i % 5000);
            var stage = stages[i % stages.Length];
            var decided = stage is not (ReviewStage.Notified or ReviewStage.Scoping);
            var review = new Review
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                Reference = $"Bench DHR{i}",
                DateOfDeath = death,
                DateNotified = death.AddDays(3),
                Stage = stage,
                Decision = decided ? (stage == ReviewStage.NotProceeding ? ReviewDecision.NotHold : ReviewDecision.Hold) : ReviewDecision.Pending,
                DecisionDate = decided ? death.AddDays(30) : null,
            };
            if (i % 7 == 0)
            {
                review.Pauses.Add(new ReviewPause { Id = Guid.NewGuid(), ReviewId = review.Id, StartDate = death.AddDays(40), Reason = PauseReason.CriminalTrial });
            }

            // Due dates as the services would store them, so the RAG filters and the dashboard have real work.
            ReviewClocks.RefreshDueDate(review, clocks);
            seed.Reviews.Add(review);
        }

        await seed.SaveChangesAsync();
    }

    [Benchmark]
    public Task<PagedResult<ReviewListItem>> First_page_sorted_by_date_of_death() =>
        bench.Get<ReviewService>()
            .ListAsync(new ReviewQuery(), new PageRequest(0, 25, nameof(ReviewListItem.DateOfDeath), true));

    [Benchmark]
    public Task<PagedResult<ReviewListItem>> Search_by_reference() =>
        bench.Get<ReviewService>()
            .ListAsync(new ReviewQuery("DHR99"), new PageRequest());

    [Benchmark]
    public Task<IReadOnlyDictionary<ReviewStage, int>> Dashboard_counts_by_stage() =>
        bench.Get<ReviewService>().CountByStageAsync();

    [Benchmark]
    public Task<PagedResult<ReviewListItem>> Overdue_reviews_most_overdue_first() =>
        bench.Get<ReviewService>()
            .ListAsync(new ReviewQuery(Rag: Rag.Red), new PageRequest(0, 25, nameof(ReviewListItem.DaysOverdue), true));

    [Benchmark]
    public Task<DhrTracker.Core.Dashboard.DashboardView> Coordinator_dashboard() =>
        bench.Get<DhrTracker.Core.Dashboard.DashboardService>().GetAsync();

    [GlobalCleanup]
    public void Cleanup() => bench.Dispose();

}
