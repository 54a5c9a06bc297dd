using DhrTracker.Core.Briefing;

namespace DhrTracker.UnitTests.Briefing;

public sealed class RenderMarkdownTests
{
    [Fact]
    public void Every_section_of_the_seed_document_is_a_heading_in_order_under_the_title()
    {
        var lines = BriefingMarkdown.Write(SampleBriefing.Seed()).Split('\n');

        Assert.Equal("# 7-minute briefing: Domestic Homicide Reviews", lines[0]);
        Assert.Equal(SampleBriefing.Headings.Select(h => "## " + h), lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Our_reviews_says_how_many_reviews_and_victims_and_the_categories()
    {
        var md = BriefingMarkdown.Write(SampleBriefing.Seed());

        Assert.Contains("There have been 7 Domestic Homicide Reviews in Northbridge involving the death of 9 victims.", md);
        Assert.Contains("None of the reviews had children under 18 living in the household.", md);
        Assert.Contains("- 4 reviews involved partners or former partners in a relationship.", md);
        Assert.Contains("- 3 reviews involved family members.", md);
        Assert.Contains("- No review involved members of the same household.", md);
        Assert.Contains("- No review involved other non-relatives, neither family nor household members.", md);
    }

    [Fact]
    public void One_review_and_one_victim_are_singular()
    {
        var report = SampleBriefing.Seed() with { Reviews = 1, Victims = 1, PartnerReviews = 1, FamilialReviews = 0, ReviewsWithChildrenInHousehold = 1 };

        var md = BriefingMarkdown.Write(report);

        Assert.Contains("There has been 1 Domestic Homicide Review in Northbridge involving the death of 1 victim.", md);
        Assert.Contains("1 review had children under 18 living in the household.", md);
        Assert.Contains("- 1 review involved partners", md);
    }

    [Fact]
    public void Below_the_small_number_threshold_counts_read_fewer_than_and_stay_plural()
    {
        var report = SampleBriefing.Seed() with { SmallNumberThreshold = 5, Reviews = 3, Victims = 4, PartnerReviews = 1, FamilialReviews = 2 };

        var md = BriefingMarkdown.Write(report);

        Assert.Contains("There have been fewer than 5 Domestic Homicide Reviews in Northbridge involving the death of fewer than 5 victims.", md);
        Assert.Contains("- fewer than 5 reviews involved partners", md);
        Assert.Contains("| Professional curiosity | 5 |", md);
        Assert.Contains("| Routine enquiry | fewer than 5 |", md);
        Assert.Contains("Counts from 1 to 4 are shown as \"fewer than 5\".", md);
        Assert.DoesNotContain("3 Domestic", md);
    }

    [Fact]
    public void A_suppressed_local_count_hides_its_percentage_too()
    {
        var report = SampleBriefing.Seed() with { SmallNumberThreshold = 5 };

        var md = BriefingMarkdown.Write(report);

        Assert.Contains("| Category: Partner | fewer than 5 of 7 | not shown | 900 of 1,500 | 60.0% |", md);
        Assert.DoesNotContain("57.1%", md);
    }

    [Fact]
    public void Without_held_reviews_it_says_so_instead_of_showing_zeros()
    {
        var md = BriefingMarkdown.Write(SampleBriefing.NoReviews());

        Assert.Contains("No Domestic Homicide Reviews decided to be held were notified in this period.", md);
        Assert.DoesNotContain("There have been 0", md);
        Assert.DoesNotContain("## Common themes", md);
        Assert.DoesNotContain("## Next steps", md);
    }

    [Theory]
    [InlineData(null, null, "*All reviews to 30 Nov 2026*")]
    [InlineData(null, "2026-03-31", "*All reviews to 31 Mar 2026*")]
    [InlineData("2025-04-01", "2026-03-31", "*Reviews notified 1 Apr 2025 to 31 Mar 2026*")]
    [InlineData("2025-04-01", null, "*Reviews notified 1 Apr 2025 to 30 Nov 2026*")]
    public void The_period_line_names_the_period_in_UK_dates(string? from, string? to, string expected)
    {
        var report = SampleBriefing.Seed() with { From = from is null ? null : DateOnly.Parse(from), To = to is null ? null : DateOnly.Parse(to) };

        Assert.Equal(expected, BriefingMarkdown.Write(report).Split('\n')[2]);
    }

    [Fact]
    public void Markdown_in_free_text_is_escaped_so_it_reads_as_typed()
    {
        var report = SampleBriefing.Seed() with
        {
            Themes = [new("*Urgent* [link](https://example.invalid) <b>|x", 2)],
            GoodPractice = ["- not a nested list", "1. not numbered"],
            Background = "# Not a heading",
        };

        var md = BriefingMarkdown.Write(report);

        Assert.Contains(@"| \*Urgent\* \[link\]\(https://example.invalid\) \<b\>\|x | 2 |", md);
        Assert.Contains(@"- \- not a nested list", md);
        Assert.Contains(@"- 1\. not numbered", md);
        Assert.Contains("\n\\# Not a heading\n", md);
        Assert.DoesNotContain("<b>", md);
    }

    [Fact]
    public void Whats_changed_and_next_steps_list_actions_under_their_agency()
    {
        var md = BriefingMarkdown.Write(SampleBriefing.Seed());

        Assert.Contains("### Acute hospital trust\n\n- Train ward staff in routine enquiry. Outcome: Ninety staff trained. Signed off 1 Jun 2026.", md);
        Assert.Contains("### Housing\n\n- Add domestic abuse questions to tenancy visits. Due 31 Mar 2027.", md);
        Assert.Contains("Of the 12 actions agreed in these reviews, 5 are complete and 2 are overdue.", md);
    }

    [Fact]
    public void Without_national_data_the_comparison_says_none_is_loaded()
    {
        var report = SampleBriefing.Seed() with { National = null, Comparison = new([new("Category", "Partner", new(4, 7), null)], false) };

        var md = BriefingMarkdown.Write(report);

        Assert.Contains("No national data is loaded, so this briefing cannot compare the area with England and Wales.", md);
        Assert.DoesNotContain("| Category: Partner", md);
        Assert.DoesNotContain("| Measure", md);
    }
}
