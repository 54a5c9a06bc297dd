using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Search;

namespace DhrTracker.IntegrationTests.Search;

public sealed class SearchCapTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task More_matches_than_the_cap_show_the_newest_fifty_and_say_there_were_more(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var partnership = await db.CreatePartnershipAsync("Partnership A", "A DHR");
        var coordinator = await db.CreateUserAsync(Roles.Coordinator, "Partnership A");
        await using (var context = db.NewContext())
        {
            // Straight into the table: the cap is about how many match, not how they were made.
            context.Reviews.AddRange(Enumerable.Range(1, SearchService.Cap + 1).Select(n => new Review
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnership,
                Reference = $"A DHR{n}",
                CreatedByUserId = coordinator,
                DateOfDeath = new DateOnly(2025, 1, 1),
                DateNotified = new DateOnly(2025, 1, 1).AddDays(n),
            }));
            await context.SaveChangesAsync();
        }

        db.SignInAs(coordinator);
        var capped = CaseFile.Ok(await db.Get<SearchService>().SearchAsync(new SearchInput { Search = "DHR" }));
        var narrower = CaseFile.Ok(await db.Get<SearchService>().SearchAsync(new SearchInput { Search = "DHR5" }));

        Assert.True(capped.Capped);
        Assert.Equal(SearchService.Cap, capped.Reviews.Count);
        Assert.Equal("A DHR51", capped.Reviews[0].Reference);
        Assert.DoesNotContain(capped.Reviews, r => r.Reference == "A DHR1");
        Assert.False(narrower.Capped);
        Assert.Equal(["A DHR51", "A DHR50", "A DHR5"], narrower.Reviews.Select(r => r.Reference));
    }
}
