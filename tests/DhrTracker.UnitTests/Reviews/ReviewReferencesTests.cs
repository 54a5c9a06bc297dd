using DhrTracker.Core.Reviews;

namespace DhrTracker.UnitTests.Reviews;

public sealed class ReviewReferencesTests
{
    [Fact]
    public void First_reference_is_number_one() => Assert.Equal("Northbridge DHR1", ReviewReferences.Next("Northbridge DHR", []));

    [Fact]
    public void Next_follows_the_highest_number_used_not_the_count() =>
        Assert.Equal("Northbridge DHR12", ReviewReferences.Next("Northbridge DHR", ["Northbridge DHR1", "Northbridge DHR11", "Northbridge DHR3"]));

    [Fact]
    public void Historic_references_typed_differently_still_count() =>
        Assert.Equal("Northbridge DHR8", ReviewReferences.Next("Northbridge DHR", ["northbridge dhr 7", "Northbridge DHR2"]));

    [Fact]
    public void Other_prefixes_and_suffixes_are_ignored() =>
        Assert.Equal("Northbridge DHR3", ReviewReferences.Next("Northbridge DHR", ["Northbridge DHR2", "Eastvale DHR40", "Northbridge DHR9a", "Northbridge DHR 2019/4"]));

    [Fact]
    public void Prefix_characters_are_matched_literally() =>
        Assert.Equal("DHR (N.)2", ReviewReferences.Next("DHR (N.)", ["DHR (N.)1", "DHR xN.)5"]));
}
