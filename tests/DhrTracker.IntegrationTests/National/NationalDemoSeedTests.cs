using DhrTracker.Core.Demo;
using DhrTracker.Core.National;

namespace DhrTracker.IntegrationTests.National;

/// <summary>The Development demo shows the national picture: its seed loads the shipped data once, and seeding again changes nothing.</summary>
public sealed class NationalDemoSeedTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_demo_seed_loads_the_shipped_national_data_once(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        await db.Get<DemoData>().SeedAsync();
        db.Time.Advance(TimeSpan.FromHours(1));
        await db.Get<DemoData>().SeedAsync();

        await using var context = db.NewContext();
        var set = await context.NationalDataSets.SingleAsync();
        Assert.Equal((647, 619, 647, NationalDataService.DemoSeedUserId, TestDatabase.Now.UtcDateTime),
            (set.Incidents, set.Victims, set.Perpetrators, set.LoadedByUserId, set.LoadedUtc));
        Assert.Equal(647, await context.NationalIncidents.CountAsync());
        Assert.Equal(647, (await NationalComparison.SummaryAsync(context))!.Incidents);
    }
}
