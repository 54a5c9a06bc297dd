using DhrTracker.Core.Actions;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Common;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Files;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Themes;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// The review aggregate's one builder: a review with one record of every child type (victim,
/// perpetrator, their relationship, circumstances, an agency's involvement, panel seats, a finding
/// with key themes, a recommendation with three actions, a progress update with evidence, a
/// document and a parallel proceeding; a spare victim and perpetrator in no relationship, so they can be removed), made through the real services as the signed-in coordinator.
/// </summary>
/// <remarks>
/// The Police action is open with an update and evidence (due 31 Jan 2027); the Housing action is
/// overdue on the test clock (due 20 Nov 2026); the Police "done" action is complete and awaits sign-off.
/// </remarks>
public sealed record CaseFile(
    Guid ReviewId, string Reference, Guid VictimId, Guid PerpetratorId, Guid RelationshipId, Guid ReviewAgencyId,
    Guid SeatId, Guid FindingId, Guid RecommendationId, Guid PoliceAction, Guid HousingAction, Guid DoneAction,
    Guid UpdateId, Guid EvidenceId, Guid DocumentId, Guid DocumentVersionId, Guid ProceedingId, Guid SpareVictimId, Guid SparePerpetratorId)
{
    public const string VictimPseudonym = "Adult Kestrel";
    public static readonly DateOnly RecommendationMade = new(2026, 10, 1);
    public static readonly byte[] SamplePdf = "%PDF-1.7\n%%EOF\n"u8.ToArray();

    public static FileUpload Pdf() => new("imr.pdf", SamplePdf.Length, new MemoryStream(SamplePdf));

    /// <summary>A bare review, as its partnership's coordinator (who must be signed in) creates it.</summary>
    public static async Task<Guid> NewReviewAsync(TestDatabase db, string reference, DateOnly? dateOfDeath = null, DateOnly? dateNotified = null)
    {
        var death = dateOfDeath ?? new DateOnly(2026, 2, 20);
        return Ok(await db.Get<ReviewService>().CreateAsync(new NewReviewInput
        {
            Reference = reference,
            DateOfDeath = death,
            DateNotified = dateNotified ?? death.AddDays(10),
        }));
    }

    /// <summary>
    /// Builds the whole case file as <paramref name="coordinator"/>, seating each of
    /// <paramref name="seats"/> on its panel; <see cref="SeatId"/> is the first seat.
    /// </summary>
    public static async Task<CaseFile> CreateAsync(TestDatabase db, string coordinator, int partnershipId, string reference,
        params (string UserId, PanelRole Role)[] seats)
    {
        db.SignInAs(coordinator);
        var reviewId = await NewReviewAsync(db, reference);
        var victim = Ok(await db.Get<VictimService>().AddAsync(reviewId, new VictimInput { PseudonymChoice = PseudonymChoice.ChosenByPanel, Pseudonym = VictimPseudonym, AgeAtDeath = 34 }));
        var perpetrator = Ok(await db.Get<PerpetratorService>().AddAsync(reviewId, new PerpetratorInput { Pseudonym = "Adult Heron" }));
        var spareVictim = Ok(await db.Get<VictimService>().AddAsync(reviewId, new VictimInput { PseudonymChoice = PseudonymChoice.ChosenByPanel, Pseudonym = "Adult Wren", AgeAtDeath = 61 }));
        var sparePerpetrator = Ok(await db.Get<PerpetratorService>().AddAsync(reviewId, new PerpetratorInput { Pseudonym = "Adult Crane" }));
        var relationship = Ok(await db.Get<RelationshipService>().AddAsync(reviewId,
            new RelationshipInput { VictimId = victim, PerpetratorId = perpetrator, Kind = RelationshipKind.Partner }));
        Ok(await db.Get<CircumstancesService>().SaveAsync(reviewId, new CircumstancesInput { CoerciveControl = true }));
        var police = await AgencyIdAsync(db, partnershipId, "Police");
        var housing = await AgencyIdAsync(db, partnershipId, "Housing");
        var involvement = Ok(await db.Get<ReviewAgencyService>().AddAsync(reviewId, new ReviewAgencyInput
        {
            AgencyId = police,
            ImrRequested = new DateOnly(2026, 10, 1),
            ImrDue = new DateOnly(2026, 11, 1),
        }));

        var seatIds = new List<Guid>();
        foreach (var (userId, role) in seats)
        {
            seatIds.Add(Ok(await db.Get<PanelService>().AddAsync(reviewId, new PanelMemberInput { UserId = userId, Role = role })));
        }

        Guid theme;
        await using (var context = db.NewContext())
        {
            theme = (await ThemeLookup.FindThemeAsync(context, partnershipId, "Coercive control"))!.Id;
        }

        var findings = db.Get<FindingService>();
        var finding = Ok(await findings.AddAsync(reviewId, new FindingInput
        {
            Type = FindingType.MissedOpportunity,
            AgencyId = police,
            Narrative = "Reports of controlling behaviour were treated as a verbal dispute.",
            PeriodOrEvent = "Call-out, June",
            ThemeIds = [theme],
        }));
        Ok(await findings.SetKeyThemesAsync(reviewId, [theme], Guid.Empty));

        var plan = db.Get<ActionPlanService>();
        var recommendation = Ok(await plan.AddRecommendationAsync(reviewId, new RecommendationInput
        {
            Number = 1,
            Text = "Agencies should review how risk is assessed after a reported assault.",
            MultiAgency = true,
            Scope = RecommendationScope.Local,
            MadeOn = RecommendationMade,
        }));
        var policeAction = Ok(await plan.AddActionAsync(recommendation, NewAction(police, new DateOnly(2027, 1, 31))));
        var housingAction = Ok(await plan.AddActionAsync(recommendation, NewAction(housing, new DateOnly(2026, 11, 20))));
        var doneAction = Ok(await plan.AddActionAsync(recommendation, NewAction(police, new DateOnly(2027, 3, 31))));
        var progress = db.Get<ActionProgressService>();
        var update = Ok(await progress.PostUpdateAsync(policeAction,
            new ProgressUpdateInput { Date = new DateOnly(2026, 11, 20), Text = "Guidance drafted.", EvidenceDescription = "Draft" }, Pdf()));
        Ok(await progress.PostUpdateAsync(doneAction, new ProgressUpdateInput { Date = new DateOnly(2026, 11, 25), Text = "Guidance reissued." }, Pdf()));
        Ok(await progress.MarkCompleteAsync(doneAction, new CompleteActionInput { Outcome = "All staff trained; audit shows use in 95% of cases." }));

        var documentVersion = Ok(await db.Get<ReviewDocumentService>().UploadAsync(reviewId,
            new DocumentUploadInput { Kind = DocumentKind.Imr, Title = "Police IMR" }, Pdf()));
        Ok(await db.Get<ReviewLifecycleService>().SaveProceedingAsync(reviewId, new ProceedingInput
        {
            Version = await VersionOfReviewAsync(db, reviewId),
            Type = ProceedingType.CriminalTrial,
            Status = ProceedingStatus.NotStarted,
        }));

        await using var read = db.NewContext();
        var evidence = await read.ActionEvidence.Where(e => e.ActionId == policeAction).Select(e => e.Id).SingleAsync();
        var document = await read.DocumentVersions.Where(v => v.Id == documentVersion).Select(v => v.DocumentId).SingleAsync();
        var proceeding = await read.ParallelProceedings.Where(p => p.ReviewId == reviewId).Select(p => p.Id).SingleAsync();
        return new CaseFile(reviewId, reference, victim, perpetrator, relationship, involvement, seatIds.FirstOrDefault(), finding,
            recommendation, policeAction, housingAction, doneAction, update, evidence, document, documentVersion, proceeding, spareVictim, sparePerpetrator);
    }

    /// <summary>A panel member of the partnership seated as the review's independent chair: terms of reference need one (ADR 0385).</summary>
    public static async Task<string> SeatChairAsync(TestDatabase db, Guid reviewId, string partnership)
    {
        var chair = await db.CreateUserAsync(Roles.PanelMember, partnership);
        await SeatAsync(db, reviewId, chair, PanelRole.Chair);
        return chair;
    }

    /// <summary>Seats a user straight in the panel table, as issue 4's data would hold them (no service rules applied).</summary>
    public static async Task SeatAsync(TestDatabase db, Guid reviewId, string userId, PanelRole role = PanelRole.Member)
    {
        await using var context = db.NewContext();
        context.PanelMemberships.Add(new PanelMembership { Id = Guid.NewGuid(), ReviewId = reviewId, UserId = userId, Role = role });
        await context.SaveChangesAsync();
    }

    public static ActionInput NewAction(int agency, DateOnly target) => new()
    {
        Description = "Revise the risk assessment guidance and train front-line staff.",
        OwnerAgencyId = agency,
        LeadOfficer = "Head of Safeguarding",
        LeadOfficerEmail = "lead@example.org",
        TargetDate = target,
    };

    public static async Task<int> AgencyIdAsync(TestDatabase db, int partnershipId, string name)
    {
        await using var context = db.NewContext();
        return await context.Agencies.Where(a => a.PartnershipId == partnershipId && a.Name == name).Select(a => a.Id).SingleAsync();
    }

    public static async Task<Guid> VersionOfReviewAsync(TestDatabase db, Guid reviewId)
    {
        await using var context = db.NewContext();
        return await context.Reviews.Where(r => r.Id == reviewId).Select(r => r.Version).SingleAsync();
    }

    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value!;
    }
}
