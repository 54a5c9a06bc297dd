using DhrTracker.Core.Actions;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.NamesCheck;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;
using DhrTracker.Core.Retention;
using DhrTracker.Core.Reviews;
using DhrTracker.IntegrationTests.Actions;
using DhrTracker.IntegrationTests.Panel;

namespace DhrTracker.IntegrationTests.Retention;

/// <summary>
/// Partnership A (retention 15 years, the default) from <see cref="PlanSetup"/>, whose review "A DHR1" is
/// given a record of every kind (people, circumstances, agency, panel seat, finding and key themes, linked
/// recommendation, actions with updates, evidence and a moved target date, two document versions, a pause,
/// a proceeding) and then closed on <see cref="LongAgo"/>; "A DHR2" has a document and closed on
/// <see cref="Recently"/>. Partnership B has a coordinator. Signed in as A's coordinator.
/// </summary>
/// <remarks>
/// Reaching Closed through every statutory stage would add nothing here, so the stage and end date are
/// written directly once the content exists.
/// </remarks>
internal sealed record RetentionWorld(PlanSetup Plan, string PanelMember, string Administrator, string OtherCoordinator, Guid Due, Guid Recent)
    : IAsyncDisposable
{
    public static readonly DateOnly LongAgo = new(2010, 3, 3);
    public static readonly DateOnly Recently = new(2025, 6, 30);

    public TestDatabase Db => Plan.Db;

    /// <summary>The service as <c>dhr</c> runs it: the installation's own identity, not the test's signed-in user.</summary>
    public RetentionService AsInstallation => new(Db.DbFactory, new CurrentUserLoader(new DhrCommandIdentity(), Db.DbFactory, new RequestOrigin()), Db.Time);

    public static async Task<RetentionWorld> CreateAsync(DatabaseProvider provider)
    {
        var plan = await PlanSetup.CreateAsync(provider);
        var db = plan.Db;
        var panelMember = await db.CreateUserAsync(Roles.PanelMember, PlanSetup.Partnership);
        var administrator = await db.CreateUserAsync(Roles.Administrator, PlanSetup.Partnership);
        await db.CreatePartnershipAsync("Partnership B", "B DHR");
        var otherCoordinator = await db.CreateUserAsync(Roles.Coordinator, "Partnership B");
        db.SignInAs(plan.Coordinator);
        var due = plan.ReviewId;
        await FillAsync(plan, due, panelMember);
        var recent = await TwoReviews.CreateReviewAsync(db, "A DHR2");
        await PanelAccessTests.UploadAsync(db, recent);
        await EndAsync(db, due, ReviewStage.Closed, LongAgo);
        await EndAsync(db, recent, ReviewStage.Closed, Recently);
        db.SignInAs(plan.Coordinator);
        return new RetentionWorld(plan, panelMember, administrator, otherCoordinator, due, recent);
    }

    public static async Task EndAsync(TestDatabase db, Guid reviewId, ReviewStage stage, DateOnly ended)
    {
        await using var context = db.NewContext();
        await context.Reviews.Where(r => r.Id == reviewId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Stage, stage)
            .SetProperty(r => r.ClosedDate, stage == ReviewStage.Closed ? ended : null)
            .SetProperty(r => r.DecisionDate, ended)
            .SetProperty(r => r.Decision, stage == ReviewStage.Closed ? ReviewDecision.Hold : ReviewDecision.NotHold)
            .SetProperty(r => r.Version, Guid.NewGuid()));
    }

    public Task<Guid> VersionOfAsync(Guid reviewId) => VersionOfAsync(Db, reviewId);

    private static async Task<Guid> VersionOfAsync(TestDatabase db, Guid reviewId)
    {
        await using var context = db.NewContext();
        return await context.Reviews.Where(r => r.Id == reviewId).Select(r => r.Version).SingleAsync();
    }

    private static async Task FillAsync(PlanSetup plan, Guid review, string panelMember)
    {
        var db = plan.Db;
        var victim = (await db.Get<VictimService>().AddAsync(review, new VictimInput { PseudonymChoice = PseudonymChoice.ChosenByPanel, Pseudonym = "Adult Wren", AgeAtDeath = 51 })).Value;
        var perpetrator = CaseFile.Ok(await db.Get<PerpetratorService>().AddAsync(review, new PerpetratorInput { Pseudonym = "Adult Heron", Age = 49 }));
        CaseFile.Ok(await db.Get<RelationshipService>().AddAsync(review, new RelationshipInput { VictimId = victim, PerpetratorId = perpetrator, Kind = RelationshipKind.Partner }));
        CaseFile.Ok(await db.Get<CircumstancesService>().SaveAsync(review, new CircumstancesInput { CauseOfDeath = CauseOfDeath.SharpInstrument, Location = DeathLocation.Residential }));
        CaseFile.Ok(await db.Get<ReviewAgencyService>().AddAsync(review, new ReviewAgencyInput { AgencyId = plan.Police, ContactWithVictim = true }));
        CaseFile.Ok(await db.Get<PanelService>().AddAsync(review, new PanelMemberInput { UserId = panelMember, Role = PanelRole.Member }));

        List<Guid> themes;
        await using (var context = db.NewContext())
        {
            themes = await context.Themes.Where(t => t.Partnership!.Name == PlanSetup.Partnership).OrderBy(t => t.Id).Select(t => t.Id).Take(2).ToListAsync();
        }

        var finding = CaseFile.Ok(await db.Get<FindingService>().AddAsync(review, new FindingInput
        {
            Type = FindingType.MissedOpportunity,
            Narrative = "Risk was not reassessed after the second call-out.",
            ThemeIds = themes,
        }));
        CaseFile.Ok(await db.Get<FindingService>().SetKeyThemesAsync(review, themes, Guid.Empty));
        CaseFile.Ok(await plan.Plan.AddRecommendationAsync(review, new RecommendationInput
        {
            Number = 2,
            Text = "Reassess risk after every call-out.",
            Scope = RecommendationScope.Local,
            MadeOn = CaseFile.RecommendationMade,
            ThemeIds = themes,
            FindingIds = [finding],
        }));

        var documents = db.Get<ReviewDocumentService>();
        await PanelAccessTests.UploadAsync(db, review);
        var documentId = (await documents.ListAsync(review))!.Documents.Single().Id;
        CaseFile.Ok(await documents.UploadAsync(review, new DocumentUploadInput { DocumentId = documentId }, CaseFile.Pdf()));

        await plan.CompleteAsync(plan.PoliceAction, plan.PoliceLead);
        db.SignInAs(plan.Coordinator);
        var housing = await VersionedActionAsync(db, plan.HousingAction);
        housing.TargetDate = new DateOnly(2027, 3, 31);
        housing.TargetDateReason = "Housing restructure.";
        CaseFile.Ok(await plan.Plan.UpdateActionAsync(plan.HousingAction, housing));

        // Issue 13's rows, written directly: the purge must remove them whichever screen made them.
        await using (var context = db.NewContext())
        {
            var agency = await context.ReviewAgencies.Where(a => a.ReviewId == review).Select(a => a.Id).SingleAsync();
            context.Add(new SubmissionChase
            {
                Id = Guid.NewGuid(),
                ReviewAgencyId = agency,
                Kind = SubmissionKind.Imr,
                ChasedOn = new DateOnly(2026, 3, 1),
                CreatedByUserId = plan.Coordinator,
                CreatedUtc = TestDatabase.Now.UtcDateTime,
            });
            context.Add(new PanelMeeting
            {
                Id = Guid.NewGuid(),
                ReviewId = review,
                StartsUtc = new DateTime(2026, 2, 1, 10, 0, 0, DateTimeKind.Utc),
                Attendance = [new PanelMeetingAttendance { Id = Guid.NewGuid(), UserId = panelMember, Name = "Panel member", Attendance = Attendance.Attended }],
            });
            context.Add(new QaDevelopmentArea { Id = Guid.NewGuid(), ReviewId = review, Number = 1, Text = "Say how the family took part.", RaisedOn = new DateOnly(2026, 6, 1) });
            await context.SaveChangesAsync();
        }

        // Issue 14's family rows, also written directly, and a names-check acceptance on one of the review's document versions (ADR 0396).
        var family = await FamilySeed.SeedAsync(db, review);
        await using (var context = db.NewContext())
        {
            context.Add(new NameHitAcceptance
            {
                Id = Guid.NewGuid(),
                DocumentVersionId = await context.DocumentVersions.Where(v => v.Document!.ReviewId == review).Select(v => v.Id).FirstAsync(),
                PersonId = family.Sister,
                Detail = HeldDetail.RealName,
                Location = NamesReportSeed.Location,
                Reason = "The family asked for her own name to be used.",
                AcceptedByUserId = plan.Coordinator,
                AcceptedUtc = TestDatabase.Now.UtcDateTime,
            });
            // A finding a coordinator had begun and not saved (R23, ADR 0403).
            context.Add(new DhrTracker.Core.Drafts.FormDraft
            {
                Id = Guid.NewGuid(),
                UserId = plan.Coordinator,
                ReviewId = review,
                Form = DhrTracker.Core.Drafts.DraftForm.Finding,
                Content = "{\"Narrative\":\"Begun and not saved\"}",
                SavedUtc = TestDatabase.Now.UtcDateTime,
            });
            await context.SaveChangesAsync();
        }

        var lifecycle = db.Get<ReviewLifecycleService>();
        CaseFile.Ok(await lifecycle.PauseAsync(review, new PauseReviewInput
        {
            Version = await VersionOfAsync(db, review),
            Reason = PauseReason.CriminalTrial,
            StartDate = new DateOnly(2026, 4, 1),
        }));
        CaseFile.Ok(await lifecycle.ResumeAsync(review, new ResumeReviewInput { Version = await VersionOfAsync(db, review), EndDate = new DateOnly(2026, 5, 1) }));
        CaseFile.Ok(await lifecycle.SaveProceedingAsync(review, new ProceedingInput
        {
            Version = await VersionOfAsync(db, review),
            Type = ProceedingType.CriminalTrial,
            Status = ProceedingStatus.Concluded,
            StartDate = new DateOnly(2026, 4, 1),
            ConcludedDate = new DateOnly(2026, 5, 1),
        }));

        // Values before and after a change, as the audit trail keeps them beside an entry about this review.
        await using (var context = db.NewContext())
        {
            context.Record(db.Time, new CurrentUser(plan.Coordinator, "Coordinator", new HashSet<string> { Roles.Coordinator }, null),
                AuditActions.Update, AuditTrail.ReviewEntity, review.ToString(), changes: """{"Author":[null,"A. Writer"]}""");
            await context.SaveChangesAsync();
        }
    }

    private static async Task<ActionInput> VersionedActionAsync(TestDatabase db, Guid actionId)
    {
        await using var context = db.NewContext();
        var a = await context.Actions.AsNoTracking().SingleAsync(x => x.Id == actionId);
        return new ActionInput
        {
            Version = a.Version,
            Description = a.Description,
            OwnerAgencyId = a.OwnerAgencyId,
            LeadOfficer = a.LeadOfficer,
            LeadOfficerEmail = a.LeadOfficerEmail,
            TargetDate = a.TargetDate,
        };
    }

    public ValueTask DisposeAsync() => Plan.DisposeAsync();
}
