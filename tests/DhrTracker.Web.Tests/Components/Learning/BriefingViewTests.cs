using Bunit;
using DhrTracker.Core.Briefing;
using DhrTracker.Core.National;
using DhrTracker.Web.Components.Pages.Learning;

namespace DhrTracker.Web.Tests.Components.Learning;

/// <summary>The briefing on the page: the shared wording under the page's h1, encoded text, and downloads for the period it was written for.</summary>
public sealed class BriefingViewTests : MudTestContext
{
    private static BriefingReport Report(string theme = "Professional curiosity") => new(
        "Northbridge Community Safety Partnership", "Northbridge", "Domestic Homicide Review", "Domestic Homicide Reviews",
        new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31), new DateOnly(2026, 11, 30), "Background text.",
        Reviews: 2, Victims: 3, PartnerReviews: 1, FamilialReviews: 1, HouseholdReviews: 0, OtherReviews: 0, ReviewsWithChildrenInHousehold: 0,
        Themes: [new(theme, 2)], GoodPracticeFindings: 0, GoodPractice: [], WhatsChanged: [], NextSteps: [new("Police", [new("Refresh training", null, null)])],
        Actions: new(1, 0, 0), National: null, Comparison: ComparisonTable.Empty, SmallNumberThreshold: null);

    [Fact]
    public void Under_the_pages_h1_the_title_is_an_h2_sections_h3_and_agencies_h4()
    {
        var view = Render<BriefingView>(p => p.Add(x => x.Document, BriefingWording.Compose(Report())).Add(x => x.TopLevel, 2));

        Assert.Equal("7-minute briefing: Domestic Homicide Reviews", view.Find("h2#briefing-title").TextContent);
        Assert.Equal(["Background and purpose", "Our reviews", "Common themes", "Good practice", "What's changed", "Next steps", "Our area beside England and Wales"],
            view.FindAll("h3").Select(h => h.TextContent));
        Assert.Equal("Police", view.Find("h4").TextContent);
        Assert.Empty(view.FindAll("h1"));
        Assert.Equal("Reviews notified 1 Apr 2025 to 31 Mar 2026", view.Find(".briefing-period").TextContent);
    }

    [Fact]
    public void Script_in_a_theme_name_is_text_not_markup()
    {
        var view = Render<BriefingView>(p => p.Add(x => x.Document, BriefingWording.Compose(Report("<script>alert(1)</script>"))));

        Assert.Empty(view.FindAll("table script"));
        Assert.Equal("<script>alert(1)</script>", view.Find("tbody th").TextContent);
    }

    [Fact]
    public void The_downloads_are_for_the_period_written_with_dated_file_names()
    {
        var files = Render<BriefingFiles>(p => p.Add(x => x.Report, Report()));

        var docx = files.Find("[data-testid=download-docx]");
        Assert.Equal("/learning/briefing/download/docx?from=2025-04-01&to=2026-03-31", docx.GetAttribute("href"));
        Assert.Equal("briefing-2025-04-01-to-2026-03-31.docx", docx.GetAttribute("download"));
        Assert.Equal(["Print", "Download HTML", "Download Markdown", "Download Word (.docx)"], files.FindAll("a, button").Select(b => b.TextContent.Trim()));
    }
}
