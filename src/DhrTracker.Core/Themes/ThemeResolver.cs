namespace DhrTracker.Core.Themes;

/// <summary>
/// Follows merges: a finding tagged with a merged theme counts under the theme it was merged into,
/// and under that theme's own target if it too was merged later. Pure, so counts and the cycle rule are unit-tested.
/// </summary>
public static class ThemeResolver
{
    /// <summary>Maps every theme id to the theme it now counts under (itself unless merged).</summary>
    public static IReadOnlyDictionary<Guid, Guid> Canonical(IReadOnlyDictionary<Guid, Guid?> mergedInto)
    {
        var result = new Dictionary<Guid, Guid>();
        foreach (var id in mergedInto.Keys)
        {
            result[id] = Follow(mergedInto, id);
        }

        return result;
    }

    /// <summary>True if merging <paramref name="source"/> into <paramref name="target"/> would make a theme count under itself.</summary>
    public static bool WouldCycle(IReadOnlyDictionary<Guid, Guid?> mergedInto, Guid source, Guid target) =>
        source == target || Chain(mergedInto, target).Contains(source);

    private static Guid Follow(IReadOnlyDictionary<Guid, Guid?> mergedInto, Guid id) => Chain(mergedInto, id).Last();

    private static List<Guid> Chain(IReadOnlyDictionary<Guid, Guid?> mergedInto, Guid id)
    {
        // The service refuses cycles; the guard keeps a corrupted row from hanging a page.
        var chain = new List<Guid> { id };
        while (mergedInto.TryGetValue(chain[^1], out var next) && next is { } n && !chain.Contains(n))
        {
            chain.Add(n);
        }

        return chain;
    }
}
