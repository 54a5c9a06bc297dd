using System.Globalization;

namespace DhrTracker.Core.Briefing;

/// <summary>"Our reviews", "Common themes" and "Good practice": what the counted reviews found.</summary>
internal static class BriefingReviewsWording
{
    public static BriefingSection OurReviews(BriefingReport r)
    {
        var reviews = BriefingWording.Counted(r, r.Reviews, r.ReviewTypeName, r.ReviewTypePlural);
        var verb = r.Show(r.Reviews) == "1" ? "There has been" : "There have been";
        var victims = BriefingWording.Counted(r, r.Victims, "victim", "victims");
        var children = r.ReviewsWithChildrenInHousehold == 0
            ? "None of the reviews had children under 18 living in the household."
            : $"{BriefingWording.Counted(r, r.ReviewsWithChildrenInHousehold, "review", "reviews")} had children under 18 living in the household.";
        return new(BriefingWording.ReviewsHeading,
        [
            new BriefingParagraph($"{verb} {reviews} in {r.Area} involving the death of {victims}."),
            new BriefingParagraph(children),
            new BriefingList(
            [
                Category(r, r.PartnerReviews, "partners or former partners in a relationship"),
                Category(r, r.FamilialReviews, "family members"),
                Category(r, r.HouseholdReviews, "members of the same household"),
                Category(r, r.OtherReviews, "other non-relatives, neither family nor household members"),
            ]),
        ]);
    }

    public static BriefingSection Themes(BriefingReport r)
    {
        if (r.Themes.Count == 0)
        {
            return new(BriefingWording.ThemesHeading, [new BriefingParagraph("No themes have been recorded for these reviews yet.")]);
        }

        var rows = r.Themes.Select(t => (IReadOnlyList<string>)[t.Theme, r.Show(t.Reviews)]).ToList();
        return new(BriefingWording.ThemesHeading,
        [
            new BriefingParagraph("The themes these reviews identified, by the number of reviews each appears in."),
            new BriefingTable("Common themes and the number of reviews in which each appears", ["Theme", "Reviews"], rows),
        ]);
    }

    public static BriefingSection GoodPractice(BriefingReport r)
    {
        if (r.GoodPracticeFindings == 0)
        {
            return new(BriefingWording.GoodPracticeHeading, [new BriefingParagraph("No good practice has been recorded in these reviews yet.")]);
        }

        List<BriefingBlock> blocks =
        [
            new BriefingParagraph($"The reviews recorded {BriefingWording.Counted(r, r.GoodPracticeFindings, "finding", "findings")} of good practice."),
        ];
        if (r.GoodPractice.Count > 0)
        {
            blocks.Add(new BriefingList(r.GoodPractice.Select(OneLine).ToList()));
        }

        return new(BriefingWording.GoodPracticeHeading, blocks);
    }

    private static string Category(BriefingReport r, int count, string who) =>
        count == 0
            ? $"No review involved {who}."
            : $"{BriefingWording.Counted(r, count, "review", "reviews")} involved {who}.";

    /// <summary>A short text in one line: a list item or table cell cannot hold paragraph breaks in every format.</summary>
    internal static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    internal static string Percent(decimal? percent) =>
        percent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "no data";
}
