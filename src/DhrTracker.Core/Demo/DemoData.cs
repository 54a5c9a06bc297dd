using DhrTracker.Core.Data;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Themes;

namespace DhrTracker.Core.Demo;

/// <summary>
/// Development-only demo: two synthetic partnerships (so isolation can be seen), a few synthetic
/// reviews and one clearly marked account per role. Never run in Production.
/// </summary>
public sealed class DemoData(IDbContextFactory<AppDbContext> dbFactory, PartnershipAdmin partnerships, UserAdmin users, TimeProvider time)
{
    public const string Password = "demo-only-Kestrel-Harbour-42";
    public const string PartnershipName = "Northbridge Community Safety Partnership";
    public const string OtherPartnershipName = "Eastvale Safer Communities Partnership";

    public static readonly IReadOnlyList<(string Email, string Role, string Name)> Accounts =
    [
        ("coordinator@demo.invalid", Roles.Coordinator, "Demo Coordinator"),
        ("panel@demo.invalid", Roles.PanelMember, "Demo Panel Member"),
        ("manager@demo.invalid", Roles.Manager, "Demo Manager"),
        ("agencylead@demo.invalid", Roles.AgencyLead, "Demo Agency Lead"),
        ("admin@demo.invalid", Roles.Administrator, "Demo Administrator"),
    ];

    public const string OtherCoordinatorEmail = "coordinator@eastvale.demo.invalid";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await partnerships.FindByNameAsync(PartnershipName, ct) is not null)
        {
            return;
        }

        var home = await partnerships.CreateAsync(new() { Name = PartnershipName, ReferencePrefix = "Northbridge DHR" }, ct);
        var other = await partnerships.CreateAsync(new() { Name = OtherPartnershipName, ReferencePrefix = "Eastvale DHR" }, ct);
        foreach (var (email, role, name) in Accounts)
        {
            await users.CreateAsync(email, role, PartnershipName, Password, name, isDemo: true);
        }

        await users.CreateAsync(OtherCoordinatorEmail, Roles.Coordinator, OtherPartnershipName, Password, "Demo Eastvale Coordinator", isDemo: true);

        var today = UkDates.TodayInUk(time);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dhr1 = DemoReview(home.Value, "Northbridge DHR1", today.AddMonths(-30), 9, ReviewStage.ActionPlanMonitoring);
        var dhr3 = DemoReview(home.Value, "Northbridge DHR3", today.AddMonths(-9), 6, ReviewStage.PanelAnalysis);
        db.Reviews.AddRange(
            dhr1,
            DemoReview(home.Value, "Northbridge DHR2", today.AddMonths(-14), 12, ReviewStage.HomeOfficeQa),
            dhr3,
            DemoReview(home.Value, "Northbridge DHR4", today.AddDays(-40), 3, ReviewStage.Scoping),
            DemoReview(home.Value, "Northbridge DHR5", today.AddDays(-6), 2, ReviewStage.Notified),
            DemoReview(other.Value, "Eastvale DHR1", today.AddMonths(-5), 4, ReviewStage.InformationGathering));
        await AddDemoFindingsAsync(db, home.Value, dhr1.Id, dhr3.Id, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A few synthetic findings so the findings tab and the themes view have something to show.</summary>
    private static async Task AddDemoFindingsAsync(AppDbContext db, int partnershipId, Guid dhr1, Guid dhr3, CancellationToken ct)
    {
        async Task<FindingTheme> Tag(string name) => new() { ThemeId = (await ThemeLookup.FindThemeAsync(db, partnershipId, name, ct))!.Id };

        db.Findings.AddRange(
            new Finding
            {
                Id = Guid.NewGuid(),
                ReviewId = dhr3,
                Type = FindingType.MissedOpportunity,
                AgencyName = "GP practice",
                Narrative = "The victim attended three appointments with anxiety; no routine enquiry about domestic abuse was made.",
                PeriodOrEvent = "GP appointments, spring of the year before the death",
                CreatedByUserId = "demo-seed",
                Themes = [await Tag("Routine enquiry"), await Tag("Mental health")],
            },
            new Finding
            {
                Id = Guid.NewGuid(),
                ReviewId = dhr3,
                Type = FindingType.GoodPractice,
                AgencyName = "Housing",
                Narrative = "The housing officer noticed the partner answered every question and arranged to see the tenant alone.",
                PeriodOrEvent = "Tenancy visit",
                CreatedByUserId = "demo-seed",
                Themes = [await Tag("Professional curiosity")],
            },
            new Finding
            {
                Id = Guid.NewGuid(),
                ReviewId = dhr1,
                Type = FindingType.AreaForImprovement,
                AgencyName = "Police",
                Narrative = "Reports of the partner checking the victim's phone were not recognised as coercive control.",
                PeriodOrEvent = "Call-outs in the final year",
                CreatedByUserId = "demo-seed",
                Themes = [await Tag("Coercive control"), await Tag("Understanding non-violent abuse")],
            });
        db.ReviewThemeSets.Add(new ReviewThemeSet
        {
            ReviewId = dhr1,
            Themes = [new() { ReviewId = dhr1, ThemeId = (await Tag("Information sharing")).ThemeId }],
        });
    }

    private static Review DemoReview(int partnershipId, string reference, DateOnly death, int daysToNotify, ReviewStage stage) => new()
    {
        Id = Guid.NewGuid(),
        PartnershipId = partnershipId,
        Reference = reference,
        DateOfDeath = death,
        DateNotified = death.AddDays(daysToNotify),
        Stage = stage,
        CreatedByUserId = "demo-seed",
    };
}
