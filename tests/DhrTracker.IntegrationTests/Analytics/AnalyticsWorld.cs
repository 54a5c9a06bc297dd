using DhrTracker.Core.Actions;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Themes;

namespace DhrTracker.IntegrationTests.Analytics;

/// <summary>
/// A hand-built register whose every count is known (written straight to the tables, as an import leaves
/// them; the test clock says 26 Nov 2026, the partnership's clocks are 1 month to decide and 6 to report):
/// </summary>
/// <remarks>
/// R1 notified 10 Mar 2024, held (decided after 22 days), at QA after 175 days, published 1 Feb 2025 (328 days);
///    one female victim of 34, a partner; findings: Police missed opportunity (Professional curiosity), Housing missed
///    opportunity; key theme Coercive control; actions: Police signed off, Housing not started and overdue.
/// R2 notified 20 Nov 2024, held (46 days, beyond the clock), at QA after 254 days (beyond), closed 1 Mar 2026 (466 days);
///    two victims (female 70, male 19), the perpetrator's children; findings: no agency good practice (Professional
///    curiosity), Police area for improvement (Coercive control); key theme Professional curiosity; actions: Police
///    complete but not signed off (target passed), Police cancelled.
/// R3 notified 15 Jun 2025, held (16 days); one female victim of 45, a household member; finding with an empty agency,
///    other learning (MARAC, Routine enquiry, which is merged into Professional curiosity); Housing action on track.
///    The panel member sits on R3 only.
/// R4 notified 1 Sep 2025, not held (9 days); a female victim of 30, who is never counted.
/// R5 notified 1 Feb 2026, decision pending.
/// R6 notified 1 May 2026, held (19 days), nothing recorded about its people.
/// B1 in partnership B, held, notified 2025, with a victim and a finding: never counted for A.
/// </remarks>
public sealed class AnalyticsWorld : IAsyncDisposable
{
    private int references;
    private int actions;

    private AnalyticsWorld(TestDatabase db) => Db = db;

    public TestDatabase Db { get; }
    public int PartnershipA { get; private set; }
    public string Coordinator { get; private set; } = "";
    public string Manager { get; private set; } = "";
    public string PanelMember { get; private set; } = "";
    public string AgencyLead { get; private set; } = "";
    public string Administrator { get; private set; } = "";

    public static async Task<AnalyticsWorld> CreateAsync(DatabaseProvider provider)
    {
        var world = new AnalyticsWorld(await TestDatabase.CreateAsync(provider));
        var db = world.Db;
        world.PartnershipA = await db.CreatePartnershipAsync("Partnership A", "A DHR");
        var partnershipB = await db.CreatePartnershipAsync("Partnership B", "B DHR");
        world.Coordinator = await db.CreateUserAsync(Roles.Coordinator, "Partnership A");
        world.Manager = await db.CreateUserAsync(Roles.Manager, "Partnership A");
        world.PanelMember = await db.CreateUserAsync(Roles.PanelMember, "Partnership A");
        world.AgencyLead = await db.CreateUserAsync(Roles.AgencyLead, "Partnership A", agency: "Police");
        world.Administrator = await db.CreateUserAsync(Roles.Administrator, "Partnership A");
        await world.BuildAsync(world.PartnershipA, partnershipB);
        return world;
    }

    private async Task BuildAsync(int a, int b)
    {
        await using var c = Db.NewContext();
        var police = await c.Agencies.Where(x => x.PartnershipId == a && x.Name == "Police").Select(x => x.Id).SingleAsync();
        var housing = await c.Agencies.Where(x => x.PartnershipId == a && x.Name == "Housing").Select(x => x.Id).SingleAsync();
        async Task<Guid> Theme(string name) => (await ThemeLookup.FindThemeAsync(c, a, name))!.Id;
        var curiosity = await Theme("Professional curiosity");
        var coercive = await Theme("Coercive control");
        var marac = await Theme("MARAC");
        var enquiry = await Theme("Routine enquiry");
        (await c.Themes.SingleAsync(t => t.Id == enquiry)).MergedIntoThemeId = curiosity;

        var r1 = Review(c, a, new(2024, 3, 10), ReviewDecision.Hold, new(2024, 4, 1), qa: new(2024, 9, 1), published: new(2025, 2, 1));
        Victim(c, r1, Sex.Female, 34, RelationshipKind.Partner);
        Finding(c, r1, FindingType.MissedOpportunity, police, curiosity);
        Finding(c, r1, FindingType.MissedOpportunity, housing);
        KeyTheme(c, r1, coercive);
        var plan1 = Recommendation(c, r1);
        Action(c, plan1, r1, police, new(2025, 6, 1), ActionStatus.Complete, signedOff: true);
        Action(c, plan1, r1, housing, new(2026, 1, 1), ActionStatus.NotStarted);

        var r2 = Review(c, a, new(2024, 11, 20), ReviewDecision.Hold, new(2025, 1, 5), qa: new(2025, 8, 1), closed: new(2026, 3, 1));
        Victim(c, r2, Sex.Female, 70, RelationshipKind.Child);
        Victim(c, r2, Sex.Male, 19, RelationshipKind.Child);
        Finding(c, r2, FindingType.GoodPractice, null, curiosity);
        Finding(c, r2, FindingType.AreaForImprovement, police, coercive);
        KeyTheme(c, r2, curiosity);
        var plan2 = Recommendation(c, r2);
        Action(c, plan2, r2, police, new(2026, 1, 1), ActionStatus.Complete);
        Action(c, plan2, r2, police, new(2026, 1, 1), ActionStatus.Cancelled);

        var r3 = Review(c, a, new(2025, 6, 15), ReviewDecision.Hold, new(2025, 7, 1));
        Victim(c, r3, Sex.Female, 45, RelationshipKind.HouseholdMember);
        Finding(c, r3, FindingType.OtherLearning, null, marac, enquiry);
        Action(c, Recommendation(c, r3), r3, housing, new(2027, 1, 1), ActionStatus.OnTrack);
        c.PanelMemberships.Add(new() { Id = Guid.NewGuid(), ReviewId = r3, UserId = PanelMember, Role = Core.Panel.PanelRole.Member });

        var r4 = Review(c, a, new(2025, 9, 1), ReviewDecision.NotHold, new(2025, 9, 10));
        Victim(c, r4, Sex.Female, 30, RelationshipKind.Partner);
        Review(c, a, new(2026, 2, 1), ReviewDecision.Pending, null);
        Review(c, a, new(2026, 5, 1), ReviewDecision.Hold, new(2026, 5, 20));

        var b1 = Review(c, b, new(2025, 3, 1), ReviewDecision.Hold, new(2025, 3, 20), closed: new(2025, 12, 1));
        Victim(c, b1, Sex.Male, 50, RelationshipKind.Partner);
        Finding(c, b1, FindingType.MissedOpportunity, await c.Agencies.Where(x => x.PartnershipId == b && x.Name == "Police").Select(x => x.Id).SingleAsync());
        await c.SaveChangesAsync();
    }

    private Guid Review(AppDbContext c, int partnership, DateOnly notified, ReviewDecision decision, DateOnly? decided,
        DateOnly? qa = null, DateOnly? published = null, DateOnly? closed = null)
    {
        var review = new Review
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnership,
            Reference = $"DHR{++references}",
            DateOfDeath = notified.AddDays(-5),
            DateNotified = notified,
            Decision = decision,
            DecisionDate = decided,
            QaSubmissionDate = qa,
            PublicationDate = published,
            ClosedDate = closed,
            CreatedByUserId = Coordinator,
            Stage = closed is not null ? ReviewStage.Closed : decision == ReviewDecision.Hold ? ReviewStage.Drafting : ReviewStage.Scoping,
        };
        c.Reviews.Add(review);
        return review.Id;
    }

    private static void Victim(AppDbContext c, Guid review, Sex sex, int age, RelationshipKind kind)
    {
        var victim = new Victim { Id = Guid.NewGuid(), ReviewId = review, Pseudonym = "Adult " + age, Sex = sex, AgeAtDeath = age };
        var perpetrator = new Perpetrator { Id = Guid.NewGuid(), ReviewId = review, Pseudonym = "Adult P" + age };
        c.AddRange(victim, perpetrator);
        c.Relationships.Add(new Relationship { Id = Guid.NewGuid(), ReviewId = review, VictimId = victim.Id, PerpetratorId = perpetrator.Id, Kind = kind });
    }

    /// <summary>
    /// A held review in partnership A notified on <paramref name="notified"/>, with one victim who died as
    /// <paramref name="death"/> and, unless <paramref name="kind"/> is null, related to one perpetrator by it.
    /// </summary>
    public async Task AddHeldReviewAsync(DateOnly notified, RelationshipKind? kind, DeathType death)
    {
        await using var c = Db.NewContext();
        var review = Review(c, PartnershipA, notified, ReviewDecision.Hold, notified.AddDays(10));
        var victim = new Victim { Id = Guid.NewGuid(), ReviewId = review, Pseudonym = "Jo", Sex = Sex.Female, AgeAtDeath = 40, DeathType = death };
        c.Victims.Add(victim);
        if (kind is { } k)
        {
            var perpetrator = new Perpetrator { Id = Guid.NewGuid(), ReviewId = review, Pseudonym = "Sam" };
            c.Perpetrators.Add(perpetrator);
            c.Relationships.Add(new Relationship { Id = Guid.NewGuid(), ReviewId = review, VictimId = victim.Id, PerpetratorId = perpetrator.Id, Kind = k });
        }

        await c.SaveChangesAsync();
    }

    private static void Finding(AppDbContext c, Guid review, FindingType type, int? agency, params Guid[] themes) =>
        c.Findings.Add(new Finding
        {
            Id = Guid.NewGuid(),
            ReviewId = review,
            Type = type,
            AgencyId = agency,
            Narrative = "Learning about risk.",
            Themes = themes.Select(t => new FindingTheme { ThemeId = t }).ToList(),
        });

    private static void KeyTheme(AppDbContext c, Guid review, Guid theme) =>
        c.ReviewThemeSets.Add(new ReviewThemeSet { ReviewId = review, Themes = [new ReviewKeyTheme { ReviewId = review, ThemeId = theme }] });

    private static Guid Recommendation(AppDbContext c, Guid review)
    {
        var recommendation = new Recommendation { Id = Guid.NewGuid(), ReviewId = review, Number = 1, Text = "Improve risk assessment.", MadeOn = new(2024, 1, 1) };
        c.Recommendations.Add(recommendation);
        return recommendation.Id;
    }

    private void Action(AppDbContext c, Guid recommendation, Guid review, int agency, DateOnly target, ActionStatus status,
        bool signedOff = false) =>
        c.Actions.Add(new ActionItem
        {
            Id = Guid.NewGuid(),
            RecommendationId = recommendation,
            ReviewId = review,
            Number = ++actions,
            Description = "Train staff.",
            OwnerAgencyId = agency,
            LeadOfficer = "Head of Safeguarding",
            TargetDate = target,
            Status = status,
            SignedOffUtc = signedOff ? new DateTime(2025, 6, 2, 9, 0, 0, DateTimeKind.Utc) : null,
        });

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
