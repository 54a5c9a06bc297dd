using BenchmarkDotNet.Attributes;
using DhrTracker.Core.Common;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Search;
using DhrTracker.Core.Themes;

namespace DhrTracker.Benchmarks;

/// <summary>
/// Search across the record (ADR 0387) as a coordinator, on the embedded SQLite database: every review has a
/// victim and a finding, one in ten a themed finding holding the phrase searched for.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private BenchDatabase bench = default!;

    [Params(1_000, 10_000)]
    public int Reviews { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        bench = await BenchDatabase.CreateAsync(Roles.Coordinator);
        await using var seed = await bench.DbFactory.CreateDbContextAsync();
        var theme = (await ThemeLookup.FindThemeAsync(seed, bench.PartnershipId, "Coercive control"))!.Id;
        for (var i = 1; i <= Reviews; i++)
        {
            var death = new DateOnly(2012, 1, 1).AddDays(i % 5000);
            var review = new Review
            {
                Id = Guid.NewGuid(),
                PartnershipId = bench.PartnershipId,
                Reference = $"Bench DHR{i}",
                DateOfDeath = death,
                DateNotified = death.AddDays(3),
            };
            seed.Reviews.Add(review);
            seed.Victims.Add(new Victim { Id = Guid.NewGuid(), ReviewId = review.Id, Pseudonym = $"Adult {i}", AgeAtDeath = 40 });
            seed.Findings.Add(new Finding
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                Type = FindingType.MissedOpportunity,
                AgencyName = "Police",
                Narrative = i % 10 == 0
                    ? "Reports of controlling behaviour were treated as a verbal dispute at each call-out."
                    : "The agency saw the victim several times in the year before the death and recorded each contact.",
                Themes = i % 10 == 0 ? [new FindingTheme { ThemeId = theme }] : [],
            });
        }

        await seed.SaveChangesAsync();
    }

    [Benchmark]
    public Task<Result<SearchResult>> Search_by_pseudonym() =>
        bench.Get<SearchService>().SearchAsync(new SearchInput { Search = "Adult 99" });

    [Benchmark]
    public Task<Result<SearchResult>> Search_by_phrase_from_a_finding() =>
        bench.Get<SearchService>().SearchAsync(new SearchInput { Search = "verbal dispute" });

    [GlobalCleanup]
    public void Cleanup() => bench.Dispose();
}
