using DhrTracker.Core.Themes;

namespace DhrTracker.UnitTests.Themes;

public sealed class ThemeResolverTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid();

    [Fact]
    public void An_unmerged_theme_counts_under_itself_and_merges_are_followed_to_the_end()
    {
        var merges = new Dictionary<Guid, Guid?> { [A] = B, [B] = C, [C] = null, [D] = null };

        var canonical = ThemeResolver.Canonical(merges);

        Assert.Equal(C, canonical[A]);
        Assert.Equal(C, canonical[B]);
        Assert.Equal(C, canonical[C]);
        Assert.Equal(D, canonical[D]);
    }

    [Fact]
    public void Merging_into_itself_or_into_a_theme_merged_into_it_is_a_cycle()
    {
        var merges = new Dictionary<Guid, Guid?> { [A] = B, [B] = null, [C] = null };

        Assert.True(ThemeResolver.WouldCycle(merges, C, C));
        Assert.True(ThemeResolver.WouldCycle(merges, B, A));
        Assert.False(ThemeResolver.WouldCycle(merges, C, B));
        Assert.False(ThemeResolver.WouldCycle(merges, B, C));
    }

    [Fact]
    public void A_corrupted_cycle_in_stored_rows_does_not_hang()
    {
        var merges = new Dictionary<Guid, Guid?> { [A] = B, [B] = A };

        var canonical = ThemeResolver.Canonical(merges);

        Assert.Equal(2, canonical.Count);
    }
}
