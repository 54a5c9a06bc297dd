using System.Collections.Concurrent;
using DhrTracker.Core.Findings;

namespace DhrTracker.IntegrationTests.Search;

/// <summary>
/// One <see cref="TestWorld"/> per provider for the search tests, which only read it (and add audit rows). On top of the
/// world: A1's chair has a display name to search for, A1's victim has a restricted real name, and A2 and A3 have a
/// finding each whose text holds the LIKE wildcards (A2 literally, A3 what the wildcards would otherwise match).
/// </summary>
public sealed class SearchWorlds : IAsyncDisposable
{
    public const string ChairName = "Chair Synthetica";
    public const string RealName = "Restricted Sample Name";
    public const string LiteralWildcards = "Referral form A_1 was 50% complete [draft] when the case closed.";
    public const string WildcardLookalike = "Referral form AB1 was lost after 500 visits and a draft note.";

    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TestWorld>>> worlds = new();

    public Task<TestWorld> GetAsync(DatabaseProvider provider) => worlds.GetOrAdd(provider, p => new(() => SeedAsync(p))).Value;

    private static async Task<TestWorld> SeedAsync(DatabaseProvider provider)
    {
        var w = await TestWorld.CreateAsync(provider);
        await using (var context = w.Db.NewContext())
        {
            await context.Users.Where(u => u.Id == w[Caller.PanelChair]).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, ChairName));
            await context.Victims.Where(v => v.Id == w.A1.VictimId).ExecuteUpdateAsync(v => v.SetProperty(x => x.RealName, RealName));
        }

        w.SignInAs(Caller.Coordinator);
        var findings = w.Db.Get<FindingService>();
        foreach (var (review, text) in new[] { (w.A2.ReviewId, LiteralWildcards), (w.A3.ReviewId, WildcardLookalike) })
        {
            CaseFile.Ok(await findings.AddAsync(review, new FindingInput
            {
                Type = FindingType.AreaForImprovement,
                Narrative = text,
                ThemeIds = [w.ThemeOfA("Economic abuse")],
            }));
        }

        w.SignInAs(Caller.Anonymous);
        return w;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var world in worlds.Values.Where(l => l.IsValueCreated))
        {
            try
            {
                await (await world.Value).DisposeAsync();
            }
            catch (Exception) when (world.Value.IsFaulted || world.Value.IsCanceled)
            {
                // A world that failed to build has nothing to clean up; its tests already failed.
            }
        }
    }
}
