using DhrTracker.Core.Reviews;

namespace DhrTracker.UnitTests.Reviews;

public sealed class ReviewReferencesTests
{
    [Fact]
    public void First_reference_is_number_one() => Assert.Equal("Sefton DHR1", ReviewReferences.Next("Sefton DHR", []));

    [Fact]
    public void Next_follows_the_highest_number_used_not_the_count() =>
        Assert.Equal("Sefton DHR12", ReviewReferences.Next("Sefton DHR", ["Sefton DHR1", "Sefton DHR11", "Sefton DHR3"]));

    [Fact]
    public void Historic_references_typed_differently_still_count() =>
        Assert.Equal("Sefton DHR8", ReviewReferences.Next("Sefton DHR", ["sefton dhr 7", "Sefton DHR2"]));

    [Fact]
    public void Other_prefixes_and_suffixes_are_ignored() =>
        Assert.Equal("Sefton DHR3", ReviewReferences.Next("Sefton DHR", ["Sefton DHR2", "Knowsley DHR40", "Sefton DHR9a", "Sefton DHR 2019/4"]));

    [Fact]
    public void Prefix_characters_are_matched_literally() =>
        Assert.Equal("DHR (N.)2", ReviewReferences.Next("DHR (N.)", ["DHR (N.)1", "DHR xN.)5"]));
}
