using DhrTracker.Core.Search;

namespace DhrTracker.UnitTests.Search;

public sealed class SearchSnippetTests
{
    private const string Long =
        "The practice nurse saw the victim four times in the year before her death and each time recorded that she seemed low, "
        + "but the notes do not show that anyone asked about domestic abuse or about who came with her to the appointments, "
        + "which the panel thought was a missed chance to hear from her alone.";

    [Fact]
    public void A_long_value_is_cut_to_whole_words_around_the_match_with_ellipses_where_it_was_cut()
    {
        var snippet = SearchSnippet.Of(Long, "DOMESTIC ABUSE");

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("domestic abuse", snippet);
        Assert.True(snippet.Length <= "domestic abuse".Length + 2 * SearchSnippet.Around + 2, snippet);
        Assert.Contains(snippet.Trim('…'), Long);
        Assert.DoesNotContain("  ", snippet);
    }

    [Fact]
    public void A_match_at_the_start_keeps_the_start_and_a_short_value_is_shown_whole()
    {
        Assert.StartsWith("The practice nurse", SearchSnippet.Of(Long, "practice"));
        Assert.EndsWith("…", SearchSnippet.Of(Long, "practice"));
        Assert.Equal("Adult Kestrel", SearchSnippet.Of(" Adult Kestrel ", "kes"));
    }

    [Theory]
    [InlineData("a_1", "%a\\_1%")]
    [InlineData(" 50% ", "%50\\%%")]
    [InlineData("[Draft]", "%\\[draft]%")]
    [InlineData("back\\slash", "%back\\\\slash%")]
    public void The_pattern_is_lower_case_trimmed_and_every_wildcard_is_escaped(string typed, string pattern) =>
        Assert.Equal(pattern, SearchPattern.Contains(typed));
}
