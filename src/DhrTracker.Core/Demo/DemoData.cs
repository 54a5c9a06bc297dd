using DhrTracker.Core.Agencies;
using DhrTracker.Core.Data;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.National;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.People;
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

    /// <summary>The demo agency lead reports for this agency of the register.</summary>
    public const string DemoLeadAgency = "Police";

    public const string OtherCoordinatorEmail = "coordinator@eastvale.demo.invalid";

    /// <summary>Independent chairs, one per partnership, seated on each demo review past its decision (ADR 0385). Not listed on the sign-in page.</summary>
    public const string ChairEmail = "chair@demo.invalid";

    public const string OtherChairEmail = "chair@eastvale.demo.invalid";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        // The national picture first, on its own check, so a demo database seeded before issue 12 gains it too.
        await using (var national = await dbFactory.CreateDbContextAsync(ct))
        {
            await NationalDataService.SeedShippedAsync(national, time, ct);
        }

        if (await partnerships.FindByNameAsync(PartnershipName, ct) is not null)
        {
            return;
        }

        var home = await partnerships.CreateAsync(new() { Name = PartnershipName, ReferencePrefix = "Northbridge DHR" }, ct);
        var other = await partnerships.CreateAsync(new() { Name = OtherPartnershipName, ReferencePrefix = "Eastvale DHR" }, ct);
        var userIds = new Dictionary<string, string>();
        foreach (var (email, role, name) in Accounts)
        {
            var created = await users.CreateAsync(email, role, PartnershipName, Password, name, isDemo: true,
                agencyName: role == Roles.AgencyLead ? DemoLeadAgency : null);
            userIds[role] = created.Value!.UserId;
        }

        var otherCoordinator = (await users.CreateAsync(OtherCoordinatorEmail, Roles.Coordinator, OtherPartnershipName, Password,
            "Demo Eastvale Coordinator", isDemo: true)).Value!.UserId;
        var chairs = new Dictionary<int, string>
        {
            [home.Value] = (await users.CreateAsync(ChairEmail, Roles.PanelMember, PartnershipName, Password, "Demo Independent Chair", isDemo: true))
                .Value!.UserId,
            [other.Value] = (await users.CreateAsync(OtherChairEmail, Roles.PanelMember, OtherPartnershipName, Password, "Demo Eastvale Chair",
                isDemo: true)).Value!.UserId,
        };

        var today = UkDates.TodayInUk(time);
        var settings = ClockSettings.From(new Partnership(), today);
        var trial = DemoReview(home.Value, "Northbridge DHR3", today.AddMonths(-9), 6, ReviewStage.PanelAnalysis, settings);
        trial.Pauses.Add(new ReviewPause
        {
            Id = Guid.NewGuid(),
            ReviewId = trial.Id,
            StartDate = today.AddDays(-50),
            Reason = PauseReason.CriminalTrial,
            Note = "Awaiting the criminal trial (synthetic demo data).",
        });
        trial.Proceedings.Add(new ParallelProceeding
        {
            Id = Guid.NewGuid(),
            ReviewId = trial.Id,
            Type = ProceedingType.CriminalTrial,
            Status = ProceedingStatus.InProgress,
            Description = "Crown Court (synthetic)",
            StartDate = today.AddDays(-50),
            NextKeyDate = today.AddDays(40),
        });
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        Review[] reviews =
        [
            DemoReview(home.Value, "Northbridge DHR1", today.AddMonths(-30), 9, ReviewStage.ActionPlanMonitoring, settings),
            DemoReview(home.Value, "Northbridge DHR2", today.AddMonths(-14), 12, ReviewStage.HomeOfficeQa, settings),
            trial,
            DemoReview(home.Value, "Northbridge DHR4", today.AddDays(-40), 3, ReviewStage.Scoping, settings),
            DemoReview(home.Value, "Northbridge DHR5", today.AddDays(-6), 2, ReviewStage.Notified, settings),
            DemoReview(other.Value, "Eastvale DHR1", today.AddMonths(-5), 4, ReviewStage.InformationGathering, settings),
            DemoReview(home.Value, "Northbridge DHR6", today.AddMonths(-8), 5, ReviewStage.Drafting, settings),
            .. DemoCaseload.Reviews(home.Value, today, settings),
        ];
        db.Reviews.AddRange(reviews);
        // The briefing says "in Northbridge", as a partnership would write it, not the partnership's full name.
        (await db.Partnerships.SingleAsync(p => p.Id == home.Value, ct)).AreaName = "Northbridge";
        var agencies = await db.Agencies.Where(a => a.PartnershipId == home.Value).ToDictionaryAsync(a => a.Name, a => a.Id, ct);
        DemoPeople.Add(db, reviews);
        await AddDemoFindingsAsync(db, home.Value, agencies, reviews[0].Id, reviews[2].Id, ct);
        DemoActions.Add(db, reviews[0], agencies, today, time.GetUtcNow().UtcDateTime, userIds[Roles.Manager]);
        var awaitingPublication = DemoQa.Add(db, home.Value, today, settings);

        // The demo panel member sits on DHR3 only, so the per-review access rule can be seen at work.
        var dhr3 = reviews[2];
        db.PanelMemberships.AddRange(
            new PanelMembership { Id = Guid.NewGuid(), ReviewId = dhr3.Id, UserId = userIds[Roles.PanelMember], AgencyId = agencies["Police"], Role = PanelRole.Member });
        db.PanelMemberships.AddRange(reviews.Where(r => r.TermsOfReferenceDate is not null).Select(r =>
            new PanelMembership { Id = Guid.NewGuid(), ReviewId = r.Id, UserId = chairs[r.PartnershipId], Role = PanelRole.Chair }));
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
        await DemoCaseload.AddAsync(db, home.Value, reviews.Append(awaitingPublication).ToDictionary(r => r.Reference), agencies,
            userIds[Roles.PanelMember], userIds[Roles.Coordinator], today, ct);
        var coordinators = new Dictionary<int, CurrentUser>
        {
            [home.Value] = new(userIds[Roles.Coordinator], "Demo Coordinator", new HashSet<string> { Roles.Coordinator }, home.Value),
            [other.Value] = new(otherCoordinator, "Demo Eastvale Coordinator", new HashSet<string> { Roles.Coordinator }, other.Value),
        };
        var names = await db.Users.Where(u => u.PartnershipId == home.Value || u.PartnershipId == other.Value)
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        DemoHistory.Add(db, coordinators, names, agencies.ToDictionary(a => a.Value, a => a.Key), today);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A few synthetic findings so the findings tab and the themes view have something to show; each names a register agency.</summary>
    private static async Task AddDemoFindingsAsync(AppDbContext db, int partnershipId, IReadOnlyDictionary<string, int> agencies, Guid dhr1, Guid dhr3,
        CancellationToken ct)
    {
        async Task<FindingTheme> Tag(string name) => new() { ThemeId = (await ThemeLookup.FindThemeAsync(db, partnershipId, name, ct))!.Id };

        db.Findings.AddRange(
            new Finding
            {
                Id = Guid.NewGuid(),
                ReviewId = dhr3,
                Type = FindingType.MissedOpportunity,
                AgencyId = agencies["GP"],
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
                AgencyId = agencies["Housing"],
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
                AgencyId = agencies["Police"],
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

    /// <summary>A synthetic review with the facts its stage implies, so clocks and the dashboard have something to show.</summary>
    /// <param name="id">The review's id: new unless given (<c>dhr seed-synthetic</c> derives its ids from its seed).</param>
    internal static Review DemoReview(int partnershipId, string reference, DateOnly death, int daysToNotify, ReviewStage stage, ClockSettings settings,
        Guid? id = null)
    {
        var notified = death.AddDays(daysToNotify);
        var review = new Review
        {
            Id = id ?? Guid.NewGuid(),
            PartnershipId = partnershipId,
            Reference = reference,
            DateOfDeath = death,
            DateNotified = notified,
            NotifyingAgency = "Police",
            Stage = stage,
            CreatedByUserId = "demo-seed",
        };
        if (stage == ReviewStage.NotProceeding)
        {
            review.Decision = ReviewDecision.NotHold;
            review.DecisionDate = notified.AddDays(21);
            review.DecisionRationale = "The death was from natural causes with no indication of abuse (synthetic demo data).";
            review.HomeOfficeNotifiedDate = notified.AddDays(23);
        }
        else if (stage is not (ReviewStage.Notified or ReviewStage.Scoping))
        {
            review.Decision = ReviewDecision.Hold;
            review.DecisionDate = notified.AddDays(25);
            review.DecisionRationale = "The death meets the statutory criteria (synthetic demo data).";
            review.HomeOfficeNotifiedDate = stage == ReviewStage.Drafting ? null : notified.AddDays(27);
            // Commissioning is the stage of agreeing the terms of reference, so they are not yet agreed.
            review.TermsOfReferenceDate = stage == ReviewStage.Commissioning ? null : notified.AddDays(60);
        }

        if (stage is ReviewStage.HomeOfficeQa or ReviewStage.ActionPlanMonitoring or ReviewStage.Closed)
        {
            review.QaSubmissionDate = notified.AddMonths(11);
            review.LocalSignOffDate = notified.AddMonths(11).AddDays(-14);
            review.LocalSignOffBody = "Community Safety Partnership board";
            review.LocalSignOffApprover = "Board chair (demo)";
        }

        if (stage is ReviewStage.ActionPlanMonitoring or ReviewStage.Closed)
        {
            review.QaOutcome = QaOutcome.PublishAfterAmendments;
            review.QaOutcomeDate = notified.AddMonths(14);
            review.PublicationDate = notified.AddMonths(16);
            review.PublicationType = PublicationType.ExecutiveSummary;
            review.CommissionerCopyDate = notified.AddMonths(16);
            review.FamilyToldOfPublicationOn = notified.AddMonths(16).AddDays(-7);
            review.ClosedDate = stage == ReviewStage.Closed ? notified.AddMonths(40) : null;
        }

        review.Events.Add(new ReviewEvent
        {
            ReviewId = review.Id,
            AtUtc = notified.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            UserId = "demo-seed",
            UserName = "Demo data",
            Kind = ReviewEventKind.Created,
            ToStage = ReviewStage.Notified,
            EffectiveDate = notified,
        });
        ReviewClocks.RefreshDueDate(review, settings);
        return review;
    }
}
