using BenchmarkDotNet.Attributes;
using DhrTracker.Core.Data;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Learning;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Benchmarks;

/// <summary>
/// Themes across reviews for a Manager: every review of the partnership with four findings of two
/// themes each and two key themes, counted in memory after one query per source (ADR 0202).
/// </summary>
[MemoryDiagnoser]
public class ThemeCountBenchmarks
{
    private BenchDatabase bench = default!;
    private Guid busiestTheme;

    [Params(1_000, 10_000)]
    public int Reviews { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        bench = await BenchDatabase.CreateAsync(Roles.Manager);
        var partnershipId = bench.PartnershipId;
        await using var seed = await bench.DbFactory.CreateDbContextAsync();
        var themes = await seed.Themes.Where(t => t.PartnershipId == partnershipId).Select(t => t.Id).ToListAsync();
        busiestTheme = themes[0];
        for (var i = 0; i < Reviews; i++)
        {
            var review = new Review
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                Reference = $"Bench DHR{i}",
                DateOfDeath = new DateOnly(2015, 1, 1).AddDays(i % 3000),
                DateNotified = new DateOnly(2015, 1, 5).AddDays(i % 3000),
            };
            seed.Reviews.Add(review);
            seed.ReviewThemeSets.Add(new ReviewThemeSet
            {
                ReviewId = review.Id,
                Themes = [new() { ReviewId = review.Id, ThemeId = themes[i % themes.Count] }, new() { ReviewId = review.Id, ThemeId = themes[(i + 7) % themes.Count] }],
            });
            for (var f = 0; f < 4; f++)
            {
                seed.Findings.Add(new Finding
                {
                    Id = Guid.NewGuid(),
                    ReviewId = review.Id,
                    Type = (FindingType)(f % 4),
                    Narrative = "Synthetic benchmark finding.",
                    // Two different themes: the second is 1 to n-1 places after the first.
                    Themes = [new() { ThemeId = themes[(i + f) % themes.Count] }, new() { ThemeId = themes[(i + f + 1 + (i % (themes.Count - 1))) % themes.Count] }],
                });
            }

            if (i % 1000 == 999)
            {
                await seed.SaveChangesAsync();
                seed.ChangeTracker.Clear();
            }
        }

        await seed.SaveChangesAsync();
    }

    [Benchmark]
    public Task<ThemeCountsReport> Theme_counts_across_the_partnership() =>
        bench.Get<ThemeLearningService>().CountsAsync();

    [Benchmark]
    public Task<ThemeDrillDown?> Drill_down_into_one_theme() =>
        bench.Get<ThemeLearningService>().DrillDownAsync(busiestTheme);

    [GlobalCleanup]
    public void Cleanup() => bench.Dispose();

}
