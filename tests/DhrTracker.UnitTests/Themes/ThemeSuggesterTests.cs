using DhrTracker.Core.Themes;

namespace DhrTracker.UnitTests.Themes;

public sealed class ThemeSuggesterTests
{
    private static readonly ThemeSuggester.Candidate Coercive = new(Guid.NewGuid(), "Coercive control", ["controlling", "isolated"]);
    private static readonly ThemeSuggester.Candidate Sexual = new(Guid.NewGuid(), "Sexual abuse", ["rape"]);
    private static readonly ThemeSuggester.Candidate Clare = new(Guid.NewGuid(), "Clare's Law", ["DVDS"]);
    private static readonly ThemeSuggester.Candidate Alcohol = new(Guid.NewGuid(), "Alcohol", []);
    private static readonly ThemeSuggester.Candidate[] All = [Coercive, Sexual, Clare, Alcohol];

    [Fact]
    public void A_theme_name_in_the_narrative_is_suggested_ignoring_case()
    {
        Assert.Equal([Coercive.Id], ThemeSuggester.Suggest("Police did not recognise COERCIVE CONTROL.", All));
    }

    [Fact]
    public void A_keyword_suggests_its_theme()
    {
        Assert.Equal([Coercive.Id, Alcohol.Id], ThemeSuggester.Suggest("Her partner was controlling and she drank alcohol daily.", All));
    }

    [Fact]
    public void Words_are_matched_whole_so_part_of_a_word_suggests_nothing()
    {
        Assert.Empty(ThemeSuggester.Suggest("She was offered therapeutic support; the family was uncontrolling.", All));
    }

    [Fact]
    public void Curly_apostrophes_and_extra_spaces_still_match()
    {
        Assert.Equal([Clare.Id], ThemeSuggester.Suggest("No application under Clare\u2019s   Law was made.", All));
    }

    [Fact]
    public void Themes_already_chosen_are_not_suggested_again()
    {
        Assert.Empty(ThemeSuggester.Suggest("coercive control", All, [Coercive.Id]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_narrative_suggests_nothing(string? narrative)
    {
        Assert.Empty(ThemeSuggester.Suggest(narrative, All));
    }

    [Fact]
    public void Keywords_are_split_on_commas_trimmed_and_deduplicated()
    {
        Assert.Equal(["drink", "drunk"], ThemeKeywords.Parse(" drink, drunk ,, Drink "));
        Assert.Equal("drink, drunk", ThemeKeywords.Normalise("drink;drunk"));
    }
}
