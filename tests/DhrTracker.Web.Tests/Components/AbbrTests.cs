using Bunit;
using DhrTracker.Web.Components.Shared;

namespace DhrTracker.Web.Tests.Components;

/// <summary>Issue 16: an abbreviation carries its expansion; an unknown one fails loudly rather than showing no explanation.</summary>
public sealed class AbbrTests : MudTestContext
{
    [Fact]
    public void An_abbreviation_shows_its_expansion_as_its_title()
    {
        var abbr = Render<Abbr>(p => p.Add(a => a.Term, "IMR").Add(a => a.Text, "IMRs"));

        abbr.MarkupMatches("<abbr title=\"Individual Management Review\">IMRs</abbr>");
    }

    [Fact]
    public void Each_abbreviation_the_issue_names_is_in_the_dictionary()
    {
        foreach (var term in new[] { "IMR", "RAG", "QA", "CSP", "DHR", "DARDR" })
        {
            Assert.False(string.IsNullOrWhiteSpace(Abbreviations.For(term).Explanation));
        }
    }

    [Fact]
    public void An_unknown_abbreviation_is_refused()
    {
        Assert.Throws<KeyNotFoundException>(() => Abbreviations.For("XYZ"));
    }
}
