using System.Collections.Concurrent;

[assembly: AssemblyFixture(typeof(DhrTracker.IntegrationTests.Import.ImportWorlds))]

namespace DhrTracker.IntegrationTests.Import;

/// <summary>
/// The import tests' worlds: one <see cref="TestWorld"/> per provider is seeded once (partnerships A and B
/// with their seed taxonomy and agency register, every role, and A's case files), and each test imports
/// into a copy of its own (a file copy on SQLite; a fresh world on SQL Server).
/// </summary>
public sealed class ImportWorlds : IAsyncDisposable
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TestWorld>>> templates = new();

    /// <summary>A world of the test's own, signed in as partnership A's Coordinator, holding the reviews the file expects.</summary>
    public async Task<TestWorld> NewAsync(DatabaseProvider provider, IEnumerable<ExistingReview>? existing = null)
    {
        var template = await templates.GetOrAdd(provider, p => new(() => TestWorld.CreateAsync(p))).Value;
        var world = await template.CopyAsync();
        await using (var context = world.Db.NewContext())
        {
            await ExistingReview.CreateAllAsync(context, world.PartnershipA, existing ?? []);
        }

        world.SignInAs(Caller.Coordinator);
        return world;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var template in templates.Values.Where(t => t.IsValueCreated))
        {
            try
            {
                await (await template.Value).DisposeAsync();
            }
            catch (Exception) when (template.Value.IsFaulted || template.Value.IsCanceled)
            {
                // A world that failed to build (e.g. no Docker for SQL Server) has nothing to clean up.
            }
        }
    }
}
