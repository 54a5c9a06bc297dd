using DhrTracker.Core.Briefing;
using DhrTracker.Core.National;

namespace DhrTracker.UnitTests.Briefing;

/// <summary>Hand-built briefings: the seed document's register (7 reviews, 9 victims, 4 partner, 3 familial), then varied per test.</summary>
internal static class SampleBriefing
{
    public static BriefingReport Seed() => new(
        Partnership: "Northbridge Community Safety Partnership",
        Area: "Northbridge",
        ReviewTypeName: "Domestic Homicide Review",
        ReviewTypePlural: "Domestic Homicide Reviews",
        From: null,
        To: null,
        WrittenOn: new DateOnly(2026, 11, 30),
        Background: "A review is held when a person aged 16 or over dies through violence, abuse or neglect.\n\nIts purpose is to learn lessons.",
        Reviews: 7,
        Victims: 9,
        PartnerReviews: 4,
        FamilialReviews: 3,
        HouseholdReviews: 0,
        OtherReviews: 0,
        ReviewsWithChildrenInHousehold: 0,
        Themes: [new("Professional curiosity", 5), new("Routine enquiry", 3)],
        GoodPracticeFindings: 2,
        GoodPractice: ["Prompt referral to the IDVA service", "Clear safety planning at discharge"],
        WhatsChanged: [new("Acute hospital trust", [new("Train ward staff in routine enquiry", "Ninety staff trained", new DateOnly(2026, 6, 1))])],
        NextSteps: [new("Housing", [new("Add domestic abuse questions to tenancy visits", null, new DateOnly(2027, 3, 31))])],
        Actions: new(Total: 12, Complete: 5, Overdue: 2),
        National: new(Incidents: 1500, PartnerPercent: 60.0m, FamilialPercent: 30.0m, ChildrenPresentPercent: 20.0m, CoerciveControlPercent: 45.5m),
        Comparison: new([
            new("Category", "Partner", new Share(4, 7), new Share(900, 1500)),
            new("Abuse", "Coercive control", new Share(3, 6), new Share(600, 1320)),
        ], HasNational: true),
        SmallNumberThreshold: null);

    public static BriefingReport NoReviews() => Seed() with
    {
        Reviews = 0,
        Victims = 0,
        PartnerReviews = 0,
        FamilialReviews = 0,
        Themes = [],
        GoodPracticeFindings = 0,
        GoodPractice = [],
        WhatsChanged = [],
        NextSteps = [],
        Actions = new(0, 0, 0),
        Comparison = ComparisonTable.Empty,
    };

    /// <summary>The section headings of the seed document, in its order, as the issue names them.</summary>
    public static readonly string[] Headings =
        ["Background and purpose", "Our reviews", "Common themes", "Good practice", "What's changed", "Next steps", "Our area beside England and Wales"];
}
