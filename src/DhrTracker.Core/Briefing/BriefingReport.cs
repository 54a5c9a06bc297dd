using DhrTracker.Core.National;

namespace DhrTracker.Core.Briefing;

/// <summary>
/// The 7-minute briefing, written from the register (issue 12, the seed document). Counts only reviews
/// decided to be held whose date notified falls in the period. It holds no victim name or pseudonym
/// and nothing about a perpetrator, because it is written to be shared; every renderer (page, HTML,
/// Markdown, .docx, JSON) works from this record alone.
/// </summary>
public sealed record BriefingReport(
    string Partnership,
    string Area,
    string ReviewTypeName,
    string ReviewTypePlural,
    DateOnly? From,
    DateOnly? To,
    DateOnly WrittenOn,
    string Background,
    int Reviews,
    int Victims,
    int PartnerReviews,
    int FamilialReviews,
    int HouseholdReviews,
    int OtherReviews,
    int ReviewsWithChildrenInHousehold,
    IReadOnlyList<BriefingTheme> Themes,
    int GoodPracticeFindings,
    IReadOnlyList<string> GoodPractice,
    IReadOnlyList<BriefingAgencyActions> WhatsChanged,
    IReadOnlyList<BriefingAgencyActions> NextSteps,
    BriefingActionCounts Actions,
    NationalSummary? National,
    ComparisonTable Comparison,
    int? SmallNumberThreshold)
{
    /// <summary>No held review in the period: the briefing says so rather than showing zeros as findings.</summary>
    public bool HasReviews => Reviews > 0;

    /// <summary>
    /// A count as the shared document prints it: with a small-number threshold N, 1 to N-1 read
    /// "fewer than N" (zero stays zero: it singles nobody out).
    /// </summary>
    public string Show(int count) =>
        SmallNumberThreshold is { } n && count > 0 && count < n ? $"fewer than {n}" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A theme and the number of counted reviews it appears in (key themes or findings, merged themes under their target).</summary>
public sealed record BriefingTheme(string Theme, int Reviews);

/// <summary>One agency's actions in "What's changed" or "Next steps".</summary>
public sealed record BriefingAgencyActions(string Agency, IReadOnlyList<BriefingAction> Actions);

/// <param name="Date">Signed off on (What's changed) or target date (Next steps).</param>
public sealed record BriefingAction(string Description, string? Outcome, DateOnly? Date);

/// <summary>The counted reviews' actions: all but cancelled, complete (signed off), and overdue today.</summary>
public sealed record BriefingActionCounts(int Total, int Complete, int Overdue);
