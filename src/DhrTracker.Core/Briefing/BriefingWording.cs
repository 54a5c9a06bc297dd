using static DhrTracker.Core.Common.UkDates;

namespace DhrTracker.Core.Briefing;

/// <summary>
/// The briefing's wording, after the seed document partnerships write by hand: every count goes through
/// <see cref="BriefingReport.Show"/> (small numbers) and is worded with its own singular or plural.
/// Only what the report holds is written, so nothing outside it (a pseudonym, a perpetrator) can appear.
/// </summary>
public static class BriefingWording
{
    public const string BackgroundHeading = "Background and purpose";
    public const string ReviewsHeading = "Our reviews";
    public const string ThemesHeading = "Common themes";
    public const string GoodPracticeHeading = "Good practice";
    public const string ChangedHeading = "What's changed";
    public const string NextStepsHeading = "Next steps";
    public const string ComparisonHeading = "Our area beside England and Wales";

    public static BriefingDocument Compose(BriefingReport r)
    {
        List<BriefingSection> sections = [Background(r)];
        if (!r.HasReviews)
        {
            // Zeros presented as findings would mislead; one sentence says there is nothing to learn from yet.
            sections.Add(new(ReviewsHeading, [new BriefingParagraph($"No {r.ReviewTypePlural} decided to be held were notified in this period.")]));
        }
        else
        {
            sections.Add(BriefingReviewsWording.OurReviews(r));
            sections.Add(BriefingReviewsWording.Themes(r));
            sections.Add(BriefingReviewsWording.GoodPractice(r));
            sections.Add(BriefingActionsWording.WhatsChanged(r));
            sections.Add(BriefingActionsWording.NextSteps(r));
            sections.Add(BriefingComparisonWording.Comparison(r));
        }

        return new($"7-minute briefing: {r.ReviewTypePlural}", Period(r), sections, Footer(r));
    }

    public static string Period(BriefingReport r) => (r.From, r.To) switch
    {
        (null, null) => $"All reviews to {Format(r.WrittenOn)}",
        (null, { } to) => $"All reviews to {Format(to)}",
        ({ } from, null) => $"Reviews notified {Format(from)} to {Format(r.WrittenOn)}",
        ({ } from, { } to) => $"Reviews notified {Format(from)} to {Format(to)}",
    };

    /// <summary>"4 reviews", "1 review", "fewer than 5 reviews": the plural whenever the number shown is not exactly one.</summary>
    public static string Counted(BriefingReport r, int count, string singular, string plural)
    {
        var shown = r.Show(count);
        return $"{shown} {(shown == "1" ? singular : plural)}";
    }

    private static BriefingSection Background(BriefingReport r)
    {
        var paragraphs = r.Background.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => (BriefingBlock)new BriefingParagraph(string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries))));
        return new(BackgroundHeading, paragraphs.ToList());
    }

    private static string Footer(BriefingReport r)
    {
        var footer = $"Written from the register of {r.Partnership} on {Format(r.WrittenOn)}. It counts only {r.ReviewTypePlural} " +
            "decided to be held, by the date they were notified, and names no victim or perpetrator.";
        return r.SmallNumberThreshold is { } n and > 1
            ? $"{footer} Counts from 1 to {n - 1} are shown as \"fewer than {n}\"."
            : footer;
    }
}
