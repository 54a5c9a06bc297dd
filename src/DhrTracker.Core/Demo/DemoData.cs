using DhrTracker.Core.Agencies;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

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
        var userIds = new Dictionary<string, string>();
        foreach (var (email, role, name) in Accounts)
        {
            var created = await users.CreateAsync(email, role, PartnershipName, Password, name, isDemo: true);
            userIds[role] = created.Value!.UserId;
        }

        await users.CreateAsync(OtherCoordinatorEmail, Roles.Coordinator, OtherPartnershipName, Password, "Demo Eastvale Coordinator", isDemo: true);

        var today = UkDates.TodayInUk(time);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        Review[] reviews =
        [
            DemoReview(home.Value, "Northbridge DHR1", today.AddMonths(-30), 9, ReviewStage.ActionPlanMonitoring),
            DemoReview(home.Value, "Northbridge DHR2", today.AddMonths(-14), 12, ReviewStage.HomeOfficeQa),
            DemoReview(home.Value, "Northbridge DHR3", today.AddMonths(-9), 6, ReviewStage.PanelAnalysis),
            DemoReview(home.Value, "Northbridge DHR4", today.AddDays(-40), 3, ReviewStage.Scoping),
            DemoReview(home.Value, "Northbridge DHR5", today.AddDays(-6), 2, ReviewStage.Notified),
            DemoReview(other.Value, "Eastvale DHR1", today.AddMonths(-5), 4, ReviewStage.InformationGathering),
        ];
        db.Reviews.AddRange(reviews);
        var agencies = await db.Agencies.Where(a => a.PartnershipId == home.Value).ToDictionaryAsync(a => a.Name, a => a.Id, ct);
        DemoPeople.Add(db, reviews);

        // The demo panel member sits on DHR3 only, so the per-review access rule can be seen at work.
        var dhr3 = reviews[2];
        db.PanelMemberships.AddRange(
            new PanelMembership { Id = Guid.NewGuid(), ReviewId = dhr3.Id, UserId = userIds[Roles.PanelMember], AgencyId = agencies["Police"], Role = PanelRole.Member },
            new PanelMembership { Id = Guid.NewGuid(), ReviewId = dhr3.Id, UserId = userIds[Roles.Coordinator], Role = PanelRole.Chair });
        db.ReviewAgencies.AddRange(
            new ReviewAgency
            {
                Id = Guid.NewGuid(),
                ReviewId = dhr3.Id,
                AgencyId = agencies["Police"],
                ContactWithVictim = true,
                ContactWithPerpetrator = true,
                ImrRequested = today.AddMonths(-6),
                ImrDue = today.AddMonths(-4),
                ImrReceived = today.AddMonths(-4).AddDays(3),
                ChronologyRequested = today.AddMonths(-6),
                ChronologyDue = today.AddMonths(-5),
                ChronologyReceived = today.AddMonths(-5),
            },
            new ReviewAgency
            {
                Id = Guid.NewGuid(),
                ReviewId = dhr3.Id,
                AgencyId = agencies["GP"],
                ContactWithVictim = true,
                ImrRequested = today.AddMonths(-6),
                ImrDue = today.AddDays(-20),
            },
            new ReviewAgency
            {
                Id = Guid.NewGuid(),
                ReviewId = reviews[3].Id,
                AgencyId = agencies["Housing"],
                ContactWithVictim = true,
                ContactWithChildren = true,
                ChronologyRequested = today.AddDays(-30),
                ChronologyDue = today.AddDays(-2),
            });
        await db.SaveChangesAsync(ct);
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
