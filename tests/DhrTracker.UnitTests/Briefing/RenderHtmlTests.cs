using System.Text.RegularExpressions;
using DhrTracker.Core.Briefing;

namespace DhrTracker.UnitTests.Briefing;

public sealed partial class RenderHtmlTests
{
    [Fact]
    public void It_is_a_complete_English_UK_document_with_its_print_stylesheet_inline()
    {
        var html = BriefingHtml.Write(SampleBriefing.Seed());

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"en-GB\">", html);
        Assert.Contains("<title>7-minute briefing: Domestic Homicide Reviews (All reviews to 30 Nov 2026)</title>", html);
        Assert.Matches(@"<style>[\s\S]*@media print[\s\S]*size: A4[\s\S]*</style>", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<script", html);
        Assert.EndsWith("</html>\n", html);
    }

    [Fact]
    public void Headings_run_in_order_without_skipping_a_level()
    {
        var html = BriefingHtml.Write(SampleBriefing.Seed());

        var headings = Heading().Matches(html).Select(m => (Level: int.Parse(m.Groups[1].Value), Text: m.Groups[2].Value)).ToList();

        Assert.Equal((1, "7-minute briefing: Domestic Homicide Reviews"), headings[0]);
        Assert.Equal(SampleBriefing.Headings.Select(System.Net.WebUtility.HtmlEncode), headings.Where(h => h.Level == 2).Select(h => h.Text));
        Assert.All(headings.Zip(headings.Skip(1)), pair => Assert.True(pair.Second.Level <= pair.First.Level + 1, $"{pair.Second.Text} skips a level"));
    }

    [Fact]
    public void Script_typed_into_free_text_is_shown_encoded_never_run()
    {
        var report = SampleBriefing.Seed() with
        {
            Themes = [new("<script>alert('theme')</script>", 2)],
            GoodPractice = ["<img src=x onerror=alert(1)>"],
            Area = "North & \"bridge\"",
        };

        var html = BriefingHtml.Write(report);

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;alert(&#39;theme&#39;)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("in North &amp; &quot;bridge&quot; involving", html);
    }

    [Fact]
    public void Numbers_are_in_tables_with_column_and_row_headers()
    {
        var html = BriefingHtml.Write(SampleBriefing.Seed());

        Assert.Contains("<caption>Common themes and the number of reviews in which each appears</caption>", html);
        Assert.Contains("<tr><th scope=\"row\">Professional curiosity</th><td class=\"number\">5</td></tr>", html);
        Assert.Contains("<th scope=\"col\">Measure</th>", html);
        Assert.Contains("<th scope=\"row\">Category: Partner</th><td class=\"number\">4 of 7</td><td class=\"number\">57.1%</td>" +
            "<td class=\"number\">900 of 1,500</td><td class=\"number\">60.0%</td>", html);
    }

    [Fact]
    public void In_print_only_the_comparison_spans_both_columns()
    {
        var html = BriefingHtml.Write(SampleBriefing.Seed());

        Assert.Single(Regex.Matches(html, "<section class=\"briefing-wide\">"));
        Assert.Contains("<section class=\"briefing-wide\">\n<h2 class=\"briefing-heading\">Our area beside England and Wales</h2>", html);
        Assert.Matches(@"@media print \{[\s\S]*\.briefing \{[^}]*column-count: 2", html);
    }

    [Fact]
    public void Without_held_reviews_only_the_background_and_the_sentence_remain()
    {
        var html = BriefingHtml.Write(SampleBriefing.NoReviews());

        Assert.Equal(["Background and purpose", "Our reviews"], Heading().Matches(html).Where(m => m.Groups[1].Value == "2").Select(m => m.Groups[2].Value));
        Assert.Contains("<p>No Domestic Homicide Reviews decided to be held were notified in this period.</p>", html);
        Assert.DoesNotContain("<table", html);
    }

    [GeneratedRegex("<h([1-6])[^>]*>(.*?)</h[1-6]>")]
    private static partial Regex Heading();
}
