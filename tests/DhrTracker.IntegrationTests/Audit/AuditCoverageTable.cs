using DhrTracker.Core.Actions;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Analytics;
using DhrTracker.Core.Audit;
using DhrTracker.Core.BoardReports;
using DhrTracker.Core.Briefing;
using DhrTracker.Core.Common;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Drafts;
using DhrTracker.Core.Family;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Import;
using DhrTracker.Core.Learning;
using DhrTracker.Core.Letters;
using DhrTracker.Core.NamesCheck;
using DhrTracker.Core.National;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.People;
using DhrTracker.Core.Reminders;
using DhrTracker.Core.Retention;
using DhrTracker.Core.ReviewPrint;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Reviews.Qa;
using DhrTracker.Core.Search;
using DhrTracker.Core.Themes;
using static DhrTracker.IntegrationTests.Audit.AuditCoverageWorld;

namespace DhrTracker.IntegrationTests.Audit;

/// <summary>
/// R15's action list: every read of case content, every change, and the denied reads, in the order the
/// test runs them (reads first, then changes, removals last). Each row: who calls what, and the one
/// audit row that call must write.
/// </summary>
internal static class AuditCoverageTable
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    /// <summary>A family letter that needs only what the world holds (its review seats no chair).</summary>
    private const string FamilyLetter = "Dear family of {{ review.victim }},\n\n{{ letter.signatory }}";

    private static string Coordinator(AuditCoverageWorld w) => w.Coordinator;
    private static string Outsider(AuditCoverageWorld w) => w.Outsider;
    private static Guid? TheReview(AuditCoverageWorld w) => w.Review;
    private static Guid? NoReview(AuditCoverageWorld w) => null;

    private static async Task NotNull<T>(Task<T?> read) where T : class => Assert.NotNull(await read);

    private static async Task Null<T>(Task<T?> read) where T : class => Assert.Null(await read);

    /// <summary>One victim of one review the world does not hold, in the reviews template.</summary>
    private static ImportRequest History() => new(ImportKind.Reviews, "history.csv", System.Text.Encoding.UTF8.GetBytes(
        "reference,date_of_death,date_notified,decision,decision_date,victim_pseudonym,victim_age,victim_sex,relationship,children_in_household\n"
        + "AU IMPORT 1,2019-03-14,2019-03-20,hold,2019-04-25,Adult Q,34,female,partner,0\n"));

    /// <summary>The Police involvement the world starts with, read apart from the services so reading it writes no audit row.</summary>
    private static async Task<Guid> PoliceInvolvementAsync(AuditCoverageWorld w)
    {
        await using var context = w.Db.NewContext();
        return await context.ReviewAgencies.Where(a => a.ReviewId == w.Review && a.AgencyId == w.Police).Select(a => a.Id).SingleAsync();
    }

    private static async Task Done<T>(Task<Result<T>> write) => Ok(await write);

    private static AuditCase Read(string method, Func<AuditCoverageWorld, Task> call, string action, string entity,
        Func<AuditCoverageWorld, Guid?>? review = null, Func<AuditCoverageWorld, string>? who = null) =>
        new(method, who ?? Coordinator, call, action, entity, review ?? TheReview);

    private static AuditCase Denied(string method, Func<AuditCoverageWorld, Task> call, string action, string entity,
        Func<AuditCoverageWorld, Guid?>? review = null) =>
        new(method, Outsider, call, action, entity, review ?? TheReview, AuditOutcome.Denied);

    private static AuditCase Change(string method, Func<AuditCoverageWorld, Task> call, string action, string entity,
        string field, string? before, string? after, Func<AuditCoverageWorld, string>? who = null, Func<AuditCoverageWorld, Guid?>? review = null) =>
        new(method, who ?? Coordinator, call, action, entity, review ?? TheReview) { Change = (field, before, after) };

    public static IReadOnlyList<AuditCase> Cases { get; } =
    [
        // Reads of case content.
        Read("ReviewService.GetAsync", w => NotNull(w.Db.Get<ReviewService>().GetAsync(w.Review)), AuditActions.View, "Review"),
        Read("ReviewService.TimelineAsync", w => NotNull(w.Db.Get<ReviewService>().TimelineAsync(w.Review)), AuditActions.View, "ReviewTimeline"),
        Read("ReviewService.ListAsync", w => w.Db.Get<ReviewService>().ListAsync(new ReviewQuery(Search: "AU DHR", Stage: ReviewStage.Notified), new PageRequest()),
            AuditActions.List, "Review", NoReview) with { DetailContains = "search=AU DHR; stage=Notified" },
        Read("PeopleReader.GetAsync", w => NotNull(w.Db.Get<PeopleReader>().GetAsync(w.Review)), AuditActions.View, "ReviewPeople"),
        Read("FamilyService.GetAsync", w => NotNull(w.Db.Get<FamilyService>().GetAsync(w.Review)), AuditActions.View, FamilyService.ViewEntity),
        Read("ReviewDocumentService.ListAsync", w => NotNull(w.Db.Get<ReviewDocumentService>().ListAsync(w.Review)), AuditActions.List, "ReviewDocument"),
        Read("ReviewDocumentService.DownloadAsync", w => NotNull(w.Db.Get<ReviewDocumentService>().DownloadAsync(w.DocumentVersion)),
            AuditActions.Download, "DocumentVersion"),
        // The real names check (ADR 0396): each run is a read of the reports and the names held; an acceptance is a change.
        Read("NamesCheckService.CheckAsync", w => NotNull(w.Db.Get<NamesCheckService>().CheckAsync(w.Review)), AuditActions.View, NamesCheckService.Entity)
            with { DetailContains = "1 documents checked; 1 hits not accepted; 0 unreadable" },
        Change("NamesCheckService.AcceptAsync", async w => Ok(await w.Db.Get<NamesCheckService>().AcceptAsync(w.Review, new NameHitAcceptInput
        { DocumentVersionId = w.NamesReport, PersonId = w.Brother, Detail = HeldDetail.RealName, Location = NamesReportSeed.Location, Reason = "Quoted from the inquest." })),
            AuditActions.Create, NamesCheckService.AcceptanceEntity, "Reason", null, "Quoted from the inquest."),
        // Drafts of long forms (R23, ADR 0403): the offer back is a read of what was typed; the first keeping and a discard are changes, with no values.
        Read("DraftService.ListMineAsync", async w =>
        {
            Ok(await w.Db.Get<DraftService>().KeepAsync(DraftKey.Adding(w.Review, DraftForm.Finding), "{}"));
            Assert.Single(Ok(await w.Db.Get<DraftService>().ListMineAsync(w.Review, DraftForm.Finding)));
        }, AuditActions.View, DraftService.Entity) with { AlsoCreatesRecords = true, DetailContains = "Offered back 1 unsaved finding draft" },
        new("DraftService.KeepAsync", Coordinator, async w => Ok(await w.Db.Get<DraftService>().KeepAsync(new DraftKey(w.Review, DraftForm.Finding, w.Review), "{}")),
            AuditActions.Create, DraftService.Entity, TheReview) { DetailContains = "draft of a finding being edited" },
        new("DraftService.DiscardAsync", Coordinator, async w => Assert.True(Ok(await w.Db.Get<DraftService>().DiscardAsync(new DraftKey(w.Review, DraftForm.Finding, w.Review)))),
            AuditActions.Delete, DraftService.Entity, TheReview),
        Read("FindingService.GetForReviewAsync", w => NotNull(w.Db.Get<FindingService>().GetForReviewAsync(w.Review)), AuditActions.List, "Finding"),
        Read("PanelService.ListAsync", w => NotNull(w.Db.Get<PanelService>().ListAsync(w.Review)), AuditActions.List, "PanelMembership"),
        Read("ReviewAgencyService.ListAsync", w => NotNull(w.Db.Get<ReviewAgencyService>().ListAsync(w.Review)), AuditActions.List, "ReviewAgency"),
        Read("AgencyRequestService.ForReviewAsync", w => NotNull(w.Db.Get<AgencyRequestService>().ForReviewAsync(w.Review)), AuditActions.List, "AgencyRequest"),
        Read("AgencyRequestService.ListAsync", w => w.Db.Get<AgencyRequestService>().ListAsync(new AgencyRequestQuery(Overdue: true)),
            AuditActions.List, "AgencyRequest", NoReview) with { DetailContains = "overdue=true" },
        Read("PanelMeetingService.ListAsync", w => NotNull(w.Db.Get<PanelMeetingService>().ListAsync(w.Review)), AuditActions.List, "PanelMeeting"),
        Read("QaDevelopmentAreaService.ListAsync", w => NotNull(w.Db.Get<QaDevelopmentAreaService>().ListAsync(w.Review)), AuditActions.List,
            QaDevelopmentAreaService.Entity),
        Read("ActionPlanService.GetAsync", w => NotNull(w.Db.Get<ActionPlanService>().GetAsync(w.Review)), AuditActions.View, "ActionPlan"),
        Read("ActionProgressService.GetAsync", w => NotNull(w.Db.Get<ActionProgressService>().GetAsync(w.Action)), AuditActions.View, "ActionItem"),
        Read("ActionProgressService.MyActionsAsync", w => w.Db.Get<ActionProgressService>().MyActionsAsync(), AuditActions.List, "ActionItem",
            NoReview, w => w.PoliceLead) with { DetailContains = "agency=" },
        Read("ActionDashboardService.ListAsync", w => w.Db.Get<ActionDashboardService>().ListAsync(new ActionQuery(Status: ActionStatus.NotStarted), new PageRequest()),
            AuditActions.List, "ActionItem", NoReview, w => w.Manager) with { DetailContains = "status=NotStarted" },
        Read("ActionExportService.ExportAsync", w => w.Db.Get<ActionExportService>().ExportAsync(new ActionQuery(ReviewId: w.Review), ExportFormat.Csv),
            ActionAuditActions.Export, "ActionItem") with { DetailContains = "Csv" },
        Read("ActionExportService.ExportAsync", w => w.Db.Get<ActionExportService>().ExportAsync(new ActionQuery(ReviewId: w.Review), ExportFormat.Xlsx),
            ActionAuditActions.Export, "ActionItem") with { DetailContains = "Xlsx" },
        Read("ReviewPrintService.WriteAsync", w => NotNull(w.Db.Get<ReviewPrintService>().WriteAsync(w.Review, ReviewPrintFormat.Docx)),
            AuditActions.Download, "ReviewPrint") with { DetailContains = "Word" },
        Read("ActionSnapshotService.AsAtAsync", w => w.Db.Get<ActionSnapshotService>().AsAtAsync(Today, w.Review), AuditActions.View, "ActionSnapshot"),
        Read("ThemeLearningService.CountsAsync", w => w.Db.Get<ThemeLearningService>().CountsAsync(), AuditActions.List, "ThemeCounts", NoReview),
        Read("ThemeLearningService.DrillDownAsync", w => NotNull(w.Db.Get<ThemeLearningService>().DrillDownAsync(w.Theme)), AuditActions.View,
            "ThemeFindings", NoReview),
        Read("AnalyticsService.GetAsync", w => Done(w.Db.Get<AnalyticsService>().GetAsync(AnalyticsQuery.AllTime)), AuditActions.List,
            AnalyticsService.Entity, NoReview) with { DetailContains = "All time" },
        new("AnalyticsService.GetAsync", w => w.Administrator, w => w.Db.Get<AnalyticsService>().GetAsync(AnalyticsQuery.AllTime), AuditActions.List,
            AnalyticsService.Entity, NoReview, AuditOutcome.Denied),

        // Search across the record (ADR 0387): one List row naming the references found, never the words typed; an administrator's Denied row.
        Read("SearchService.SearchAsync", w => Done(w.Db.Get<SearchService>().SearchAsync(new SearchInput { Search = "adult a" })), AuditActions.List,
            SearchService.Entity, NoReview) with { DetailContains = "1 review found: AU DHR1" },
        new("SearchService.SearchAsync", w => w.Administrator, w => w.Db.Get<SearchService>().SearchAsync(new SearchInput { Search = "adult a" }),
            AuditActions.List, SearchService.Entity, NoReview, AuditOutcome.Denied),

        // The 7-minute briefing: one View row naming the period (never case content), and the outsider's Denied row.
        Read("BriefingService.WriteAsync", w => Done(w.Db.Get<BriefingService>().WriteAsync(new BriefingRequest(w.PartnershipId, new DateOnly(2026, 1, 1)))),
            AuditActions.View, BriefingService.Entity, NoReview) with { DetailContains = "period=2026-01-01 to today" },
        Denied("BriefingService.WriteAsync", async w => Assert.False((await w.Db.Get<BriefingService>().WriteAsync(new BriefingRequest(w.PartnershipId))).Succeeded),
            AuditActions.View, BriefingService.Entity, NoReview),

        // The same reads by someone who may not see the review: one Denied row each, and nothing returned.
        Denied("ReviewService.GetAsync", w => Null(w.Db.Get<ReviewService>().GetAsync(w.Review)), AuditActions.View, "Review"),
        Denied("ReviewService.TimelineAsync", w => Null(w.Db.Get<ReviewService>().TimelineAsync(w.Review)), AuditActions.View, "ReviewTimeline"),
        Denied("PeopleReader.GetAsync", w => Null(w.Db.Get<PeopleReader>().GetAsync(w.Review)), AuditActions.View, "ReviewPeople"),
        Denied("FamilyService.GetAsync", w => Null(w.Db.Get<FamilyService>().GetAsync(w.Review)), AuditActions.View, FamilyService.ViewEntity),
        Denied("LetterService.OptionsAsync", w => Null(w.Db.Get<LetterService>().OptionsAsync(w.Review)), AuditActions.List, LetterService.Entity),
        Denied("LetterService.WriteAsync", w => Assert.ThrowsAsync<NotFoundException>(() =>
            w.Db.Get<LetterService>().WriteAsync(w.Review, new WriteLettersInput { Kind = LetterKind.FamilyFirstLetter })), AuditActions.WriteLetter, "ReviewDocument"),
        new("LetterTemplateService.ListAsync", w => w.Coordinator, w => Null(w.Db.Get<LetterTemplateService>().ListAsync()), AuditActions.List,
            LetterTemplateService.Entity, NoReview, AuditOutcome.Denied),
        Denied("ReviewDocumentService.ListAsync", w => Null(w.Db.Get<ReviewDocumentService>().ListAsync(w.Review)), AuditActions.List, "ReviewDocument"),
        Denied("NamesCheckService.CheckAsync", w => Null(w.Db.Get<NamesCheckService>().CheckAsync(w.Review)), AuditActions.View, NamesCheckService.Entity),
        Denied("NamesCheckService.AcceptAsync", w => Assert.ThrowsAsync<NotFoundException>(() => w.Db.Get<NamesCheckService>().AcceptAsync(w.Review,
            new NameHitAcceptInput { DocumentVersionId = w.NamesReport, PersonId = w.Brother, Detail = HeldDetail.RealName, Location = NamesReportSeed.Location, Reason = "x" })),
            AuditActions.Create, NamesCheckService.AcceptanceEntity),
        Denied("ReviewDocumentService.DownloadAsync", w => Null(w.Db.Get<ReviewDocumentService>().DownloadAsync(w.DocumentVersion)),
            AuditActions.Download, "DocumentVersion"),
        Denied("DraftService.KeepAsync", w => Assert.ThrowsAsync<NotFoundException>(() =>
            w.Db.Get<DraftService>().KeepAsync(DraftKey.Adding(w.Review, DraftForm.Finding), "{}")), AuditActions.Create, DraftService.Entity),
        Denied("DraftService.ListMineAsync", w => Assert.ThrowsAsync<NotFoundException>(() =>
            w.Db.Get<DraftService>().ListMineAsync(w.Review, DraftForm.Finding)), AuditActions.View, DraftService.Entity),
        Denied("DraftService.DiscardAsync", w => Assert.ThrowsAsync<NotFoundException>(() =>
            w.Db.Get<DraftService>().DiscardAsync(DraftKey.Adding(w.Review, DraftForm.Finding))), AuditActions.Delete, DraftService.Entity),
        Denied("FindingService.GetForReviewAsync", w => Null(w.Db.Get<FindingService>().GetForReviewAsync(w.Review)), AuditActions.List, "Finding"),
        Denied("PanelService.ListAsync", w => Null(w.Db.Get<PanelService>().ListAsync(w.Review)), AuditActions.List, "PanelMembership"),
        Denied("ReviewAgencyService.ListAsync", w => Null(w.Db.Get<ReviewAgencyService>().ListAsync(w.Review)), AuditActions.List, "ReviewAgency"),
        Denied("AgencyRequestService.ForReviewAsync", w => Null(w.Db.Get<AgencyRequestService>().ForReviewAsync(w.Review)), AuditActions.List, "AgencyRequest"),
        Denied("PanelMeetingService.ListAsync", w => Null(w.Db.Get<PanelMeetingService>().ListAsync(w.Review)), AuditActions.List, "PanelMeeting"),
        // The next meeting's date and place are not case content: only the refusal is audited.
        Denied("PanelMeetingService.NextAsync", w => Null(w.Db.Get<PanelMeetingService>().NextAsync(w.Review)), AuditActions.View, "PanelMeeting"),
        Denied("QaDevelopmentAreaService.ListAsync", w => Null(w.Db.Get<QaDevelopmentAreaService>().ListAsync(w.Review)), AuditActions.List,
            QaDevelopmentAreaService.Entity),
        Denied("ActionPlanService.GetAsync", w => Null(w.Db.Get<ActionPlanService>().GetAsync(w.Review)), AuditActions.View, "ActionPlan"),
        // The outsider cannot see the action, so the row cannot name its review either.
        Denied("ActionProgressService.GetAsync", w => Null(w.Db.Get<ActionProgressService>().GetAsync(w.Action)), AuditActions.View, "ActionItem", NoReview),

        // Changes: the review and its workflow.
        Change("ReviewService.CreateAsync", async w => w.Made["Review2"] = Ok(await w.Db.Get<ReviewService>().CreateAsync(new NewReviewInput
        {
            Reference = "AU DHR2",
            DateOfDeath = new DateOnly(2026, 5, 1),
            DateNotified = new DateOnly(2026, 5, 10),
        })), AuditActions.Create, "Review", "Reference", null, "AU DHR2", review: w => w.Made["Review2"]),
        Change("ReviewLifecycleService.UpdateAsync", async w =>
        {
            var record = await w.RecordOfReviewAsync();
            record.NotifyingAgency = "Probation";
            Ok(await w.Db.Get<ReviewLifecycleService>().UpdateAsync(w.Review, record));
        }, AuditActions.Update, "Review", "NotifyingAgency", null, "Probation"),
        Change("ReviewLifecycleService.MoveAsync", async w => Ok(await w.Db.Get<ReviewLifecycleService>().MoveAsync(w.Review,
            new StageMoveInput { Move = ReviewMove.StartScoping, Version = await w.VersionOfAsync<Review>(w.Review) })),
            AuditActions.Move, "Review", "Stage", "Notified", "Scoping"),
        Change("ReviewLifecycleService.PauseAsync", async w => Ok(await w.Db.Get<ReviewLifecycleService>().PauseAsync(w.Review,
            new PauseReviewInput { Version = await w.VersionOfAsync<Review>(w.Review), Reason = PauseReason.CriminalTrial, StartDate = new DateOnly(2026, 11, 1) })),
            AuditActions.Pause, "Review", "Reason", null, "CriminalTrial"),
        Change("ReviewLifecycleService.ResumeAsync", async w => Ok(await w.Db.Get<ReviewLifecycleService>().ResumeAsync(w.Review,
            new ResumeReviewInput { Version = await w.VersionOfAsync<Review>(w.Review), EndDate = new DateOnly(2026, 11, 20) })),
            AuditActions.Resume, "Review", "EndDate", null, "2026-11-20"),
        Change("ReviewLifecycleService.SaveProceedingAsync", async w =>
        {
            Ok(await w.Db.Get<ReviewLifecycleService>().SaveProceedingAsync(w.Review, new ProceedingInput
            {
                Version = await w.VersionOfAsync<Review>(w.Review), Type = ProceedingType.Inquest, Status = ProceedingStatus.NotStarted,
            }));
            await using var context = w.Db.NewContext();
            w.Made["Proceeding"] = await context.ParallelProceedings.Where(p => p.ReviewId == w.Review).Select(p => p.Id).SingleAsync();
        }, AuditActions.Create, "ParallelProceeding", "Type", null, "Inquest"),
        Change("ReviewLifecycleService.SaveProceedingAsync", async w => Ok(await w.Db.Get<ReviewLifecycleService>().SaveProceedingAsync(w.Review, new ProceedingInput
        {
            Id = w.Made["Proceeding"], Version = await w.VersionOfAsync<Review>(w.Review), Type = ProceedingType.Inquest, Status = ProceedingStatus.Concluded,
            ConcludedDate = new DateOnly(2026, 11, 2),
        })), AuditActions.Update, "ParallelProceeding", "Status", "NotStarted", "Concluded"),
        Change("ReviewLifecycleService.RemoveProceedingAsync", async w => Ok(await w.Db.Get<ReviewLifecycleService>().RemoveProceedingAsync(w.Review,
            w.Made["Proceeding"], await w.VersionOfAsync<Review>(w.Review))), AuditActions.Delete, "ParallelProceeding", "Type", "Inquest", null),

        // People.
        Change("VictimService.AddAsync", async w => w.Made["Victim2"] = Ok(await w.Db.Get<VictimService>().AddAsync(w.Review,
            new VictimInput { PseudonymChoice = PseudonymChoice.ChosenByPanel, Pseudonym = "Adult B", AgeAtDeath = 51 })), AuditActions.Create, "Victim", "Pseudonym", null, "Adult B"),
        Change("VictimService.UpdateAsync", async w => Ok(await w.Db.Get<VictimService>().UpdateAsync(w.Review, w.Victim,
            new VictimInput { Pseudonym = "Adult A2", AgeAtDeath = 34, Version = await w.VersionOfAsync<Victim>(w.Victim) })),
            AuditActions.Update, "Victim", "Pseudonym", "Adult A", "Adult A2"),
        Change("VictimService.RemoveAsync", async w => Ok(await w.Db.Get<VictimService>().RemoveAsync(w.Review, w.Made["Victim2"],
            await w.VersionOfAsync<Victim>(w.Made["Victim2"]))), AuditActions.Delete, "Victim", "Pseudonym", "Adult B", null),
        Change("PerpetratorService.AddAsync", async w => w.Made["Perpetrator2"] = Ok(await w.Db.Get<PerpetratorService>().AddAsync(w.Review,
            new PerpetratorInput { Pseudonym = "Adult Q", Age = 29 })), AuditActions.Create, "Perpetrator", "Age", null, "29"),
        Change("PerpetratorService.UpdateAsync", async w => Ok(await w.Db.Get<PerpetratorService>().UpdateAsync(w.Review, w.Perpetrator,
            new PerpetratorInput { Pseudonym = "Adult P", Age = 41, Version = await w.VersionOfAsync<Perpetrator>(w.Perpetrator) })),
            AuditActions.Update, "Perpetrator", "Age", "40", "41"),
        Change("RelationshipService.AddAsync", async w => w.Made["Relationship"] = Ok(await w.Db.Get<RelationshipService>().AddAsync(w.Review,
            new RelationshipInput { VictimId = w.Victim, PerpetratorId = w.Made["Perpetrator2"], Kind = RelationshipKind.SpouseOrCivilPartner })),
            AuditActions.Create, "Relationship", "Kind", null, "SpouseOrCivilPartner"),
        Change("RelationshipService.RemoveAsync", async w => Ok(await w.Db.Get<RelationshipService>().RemoveAsync(w.Review, w.Made["Relationship"],
            await w.VersionOfAsync<Relationship>(w.Made["Relationship"]))),
            AuditActions.Delete, "Relationship", "Kind", "SpouseOrCivilPartner", null),
        Change("PerpetratorService.RemoveAsync", async w => Ok(await w.Db.Get<PerpetratorService>().RemoveAsync(w.Review, w.Made["Perpetrator2"],
            await w.VersionOfAsync<Perpetrator>(w.Made["Perpetrator2"]))), AuditActions.Delete, "Perpetrator", "Pseudonym", "Adult Q", null),
        Change("CircumstancesService.SaveAsync", async w => Ok(await w.Db.Get<CircumstancesService>().SaveAsync(w.Review,
            new CircumstancesInput { CoerciveControl = true })), AuditActions.Create, "Circumstances", "CoerciveControl", null, "true"),
        Change("CircumstancesService.SaveAsync", async w => Ok(await w.Db.Get<CircumstancesService>().SaveAsync(w.Review,
            new CircumstancesInput { CoerciveControl = true, Stalking = true, Version = await w.VersionOfAsync<Circumstances>(w.Review, "ReviewId") })),
            AuditActions.Update, "Circumstances", "Stalking", "false", "true"),

        // The family and network and their involvement log (issue 14, ADR 0391).
        Change("FamilyService.AddMemberAsync", async w => w.Made["Sister"] = Ok(await w.Db.Get<FamilyService>().AddMemberAsync(w.Review,
            new FamilyMemberInput { Role = NetworkRole.Sibling, Pseudonym = "Sister S" })), AuditActions.Create, FamilyService.Entity, "Pseudonym", null, "Sister S"),
        Change("FamilyService.UpdateMemberAsync", async w => Ok(await w.Db.Get<FamilyService>().UpdateMemberAsync(w.Review, w.Made["Sister"],
            new FamilyMemberInput { Role = NetworkRole.Sibling, Pseudonym = "Sister S", Language = "Welsh", Version = await w.VersionOfAsync<FamilyMember>(w.Made["Sister"]) })),
            AuditActions.Update, FamilyService.Entity, "Language", null, "Welsh"),
        Change("InvolvementService.RecordAsync", async w => w.Made["FamilyContact"] = Ok(await w.Db.Get<InvolvementService>().RecordAsync(w.Review,
            new InvolvementInput { Step = InvolvementStep.Contact, On = new DateOnly(2026, 11, 20), FamilyMemberId = w.Made["Sister"] })),
            AuditActions.Create, InvolvementService.Entity, "Step", null, "Contact"),
        Change("InvolvementService.RemoveAsync", async w => Ok(await w.Db.Get<InvolvementService>().RemoveAsync(w.Review, w.Made["FamilyContact"],
            await w.VersionOfAsync<InvolvementEntry>(w.Made["FamilyContact"]))), AuditActions.Delete, InvolvementService.Entity, "Step", "Contact", null),
        Change("FamilyService.RemoveMemberAsync", async w => Ok(await w.Db.Get<FamilyService>().RemoveMemberAsync(w.Review, w.Made["Sister"],
            await w.VersionOfAsync<FamilyMember>(w.Made["Sister"]))), AuditActions.Delete, FamilyService.Entity, "Pseudonym", "Sister S", null),

        // Agencies and panel.
        Change("ReviewAgencyService.AddAsync", async w => w.Made["Involvement"] = Ok(await w.Db.Get<ReviewAgencyService>().AddAsync(w.Review,
            new ReviewAgencyInput { AgencyId = w.Housing })), AuditActions.Create, "ReviewAgency", "ContactWithVictim", null, "false"),
        Change("ReviewAgencyService.UpdateAsync", async w => Ok(await w.Db.Get<ReviewAgencyService>().UpdateAsync(w.Review, w.Made["Involvement"],
            new ReviewAgencyInput { AgencyId = w.Housing, ImrRequested = new DateOnly(2026, 11, 2), Version = await w.VersionOfAsync<ReviewAgency>(w.Made["Involvement"]) })),
            AuditActions.Update, "ReviewAgency", "ImrRequested", null, "2026-11-02"),
        Change("ReviewAgencyService.RemoveAsync", async w => Ok(await w.Db.Get<ReviewAgencyService>().RemoveAsync(w.Review, w.Made["Involvement"],
            await w.VersionOfAsync<ReviewAgency>(w.Made["Involvement"]))),
            AuditActions.Delete, "ReviewAgency", "ImrRequested", "2026-11-02", null),
        Change("PanelService.AddAsync", async w => w.Made["Seat2"] = Ok(await w.Db.Get<PanelService>().AddAsync(w.Review,
            new PanelMemberInput { UserId = w.SecondPanelMember, Role = PanelRole.Member })), AuditActions.Create, "PanelMembership", "Role", null, "Member"),
        Change("PanelService.UpdateAsync", async w => Ok(await w.Db.Get<PanelService>().UpdateAsync(w.Review, w.Made["Seat2"],
            new PanelMemberInput { Role = PanelRole.Author, Version = await w.VersionOfAsync<PanelMembership>(w.Made["Seat2"]) })),
            AuditActions.Update, "PanelMembership", "Role", "Member", "Author"),
        Change("PanelService.RemoveAsync", async w => Ok(await w.Db.Get<PanelService>().RemoveAsync(w.Review, w.Made["Seat2"],
            await w.VersionOfAsync<PanelMembership>(w.Made["Seat2"]))),
            AuditActions.Delete, "PanelMembership", "Role", "Author", null),

        // Agency requests and panel meetings (issue 13).
        Change("AgencyRequestService.RequestAsync", async w =>
        {
            var police = await PoliceInvolvementAsync(w);
            Ok(await w.Db.Get<AgencyRequestService>().RequestAsync(w.Review, police, new AgencyRequestInput
            { Kind = SubmissionKind.Imr, Requested = new DateOnly(2026, 11, 2), Due = new DateOnly(2026, 11, 23), Version = await w.VersionOfAsync<ReviewAgency>(police) }));
        }, AuditActions.Update, "ReviewAgency", "ImrRequested", null, "2026-11-02"),
        Change("AgencyRequestService.ChaseAsync", async w => Ok(await w.Db.Get<AgencyRequestService>().ChaseAsync(w.Review, await PoliceInvolvementAsync(w),
            new AgencyChaseInput { Kind = SubmissionKind.Imr, ChasedOn = new DateOnly(2026, 11, 24), Note = "Phoned." })),
            AuditActions.Create, "SubmissionChase", "ChasedOn", null, "2026-11-24"),
        Change("AgencyRequestService.ReceiveAsync", async w =>
        {
            var police = await PoliceInvolvementAsync(w);
            Ok(await w.Db.Get<AgencyRequestService>().ReceiveAsync(w.Review, police, new AgencyReceiptInput
            { Kind = SubmissionKind.Imr, Received = new DateOnly(2026, 11, 25), Version = await w.VersionOfAsync<ReviewAgency>(police) }));
        }, AuditActions.Update, "ReviewAgency", "ImrReceived", null, "2026-11-25"),
        Change("PanelMeetingService.AddAsync", async w => w.Made["Meeting"] = Ok(await w.Db.Get<PanelMeetingService>().AddAsync(w.Review,
            new PanelMeetingInput { Date = new DateOnly(2026, 11, 20), StartTime = new TimeOnly(10, 0), Location = "Room 4" })),
            AuditActions.Create, "PanelMeeting", "Location", null, "Room 4"),
        Read("PanelMeetingService.InvitationAsync", w => NotNull(w.Db.Get<PanelMeetingService>().InvitationAsync(w.Review, w.Made["Meeting"])),
            AuditActions.Download, "PanelMeeting"),
        Change("PanelMeetingService.UpdateAsync", async w => Ok(await w.Db.Get<PanelMeetingService>().UpdateAsync(w.Review, w.Made["Meeting"],
            new PanelMeetingInput { Date = new DateOnly(2026, 11, 20), StartTime = new TimeOnly(10, 0), Location = "Room 5", Version = await w.VersionOfAsync<PanelMeeting>(w.Made["Meeting"]) })),
            AuditActions.Update, "PanelMeeting", "Location", "Room 4", "Room 5"),
        new AuditCase("PanelMeetingService.RecordAttendanceAsync", w => w.Coordinator, async w => Ok(await w.Db.Get<PanelMeetingService>().RecordAttendanceAsync(w.Review,
            w.Made["Meeting"], new AttendanceInput
            {
                Version = await w.VersionOfAsync<PanelMeeting>(w.Made["Meeting"]),
                Entries = [new AttendanceEntry { UserId = w.PanelMember, Attendance = Attendance.Apologies }],
            })), AuditActions.Update, "PanelMeeting", w => w.Review),
        Change("PanelMeetingService.CancelAsync", async w => Ok(await w.Db.Get<PanelMeetingService>().CancelAsync(w.Review, w.Made["Meeting"],
            await w.VersionOfAsync<PanelMeeting>(w.Made["Meeting"]))), AuditActions.Update, "PanelMeeting", "Cancelled", "false", "true"),

        // Documents and findings.
        Change("ReviewDocumentService.UploadAsync", w => Done(w.Db.Get<ReviewDocumentService>().UploadAsync(w.Review,
            new DocumentUploadInput { Kind = DocumentKind.Chronology, Title = "Combined chronology" }, Pdf())),
            AuditActions.Upload, "ReviewDocument", "Title", null, "Combined chronology"),
        // Letters from templates (ADR 0392): the Administrator's own template, a letter written from it into the documents, the reset.
        Read("LetterService.OptionsAsync", w => NotNull(w.Db.Get<LetterService>().OptionsAsync(w.Review)), AuditActions.List, LetterService.Entity),
        Change("LetterTemplateService.SaveAsync", w => Done(w.Db.Get<LetterTemplateService>().SaveAsync(
            new LetterTemplateInput { Kind = LetterKind.FamilyFirstLetter, Text = FamilyLetter })),
            AuditActions.Create, LetterTemplateService.Entity, "Text", null, FamilyLetter, who: w => w.Administrator, review: NoReview),
        Change("LetterService.WriteAsync", w => Done(w.Db.Get<LetterService>().WriteAsync(w.Review, new WriteLettersInput { Kind = LetterKind.FamilyFirstLetter })),
            AuditActions.WriteLetter, "ReviewDocument", "Letter", null, "FamilyFirstLetter"),
        Change("LetterTemplateService.ResetAsync", async w =>
        {
            await using var context = w.Db.NewContext();
            var version = await context.LetterTemplates.Where(t => t.Kind == LetterKind.FamilyFirstLetter).Select(t => t.Version).SingleAsync();
            Assert.True(Ok(await w.Db.Get<LetterTemplateService>().ResetAsync(LetterKind.FamilyFirstLetter, version)));
        }, AuditActions.Delete, LetterTemplateService.Entity, "Text", FamilyLetter, null, who: w => w.Administrator, review: NoReview),
        Change("FindingService.AddAsync", async w => w.Made["Finding2"] = Ok(await w.Db.Get<FindingService>().AddAsync(w.Review,
            new FindingInput { Type = FindingType.GoodPractice, Narrative = "The GP asked about safety at every visit.", ThemeIds = [w.Theme] })),
            AuditActions.Create, "Finding", "Narrative", null, "The GP asked about safety at every visit."),
        Change("FindingService.UpdateAsync", async w => Ok(await w.Db.Get<FindingService>().UpdateAsync(w.Finding, new FindingInput
        {
            Type = FindingType.MissedOpportunity, Narrative = "The risk assessment was not repeated after the third report.", ThemeIds = [w.Theme],
            Version = await w.VersionOfAsync<Finding>(w.Finding),
        })), AuditActions.Update, "Finding", "Narrative", "The risk assessment was not repeated after the second report.",
            "The risk assessment was not repeated after the third report."),
        Change("FindingService.SetKeyThemesAsync", w => Done(w.Db.Get<FindingService>().SetKeyThemesAsync(w.Review, [w.Theme], Guid.Empty)),
            AuditActions.Update, "ReviewKeyThemes", "KeyThemes", "[]", null) with { Change = null },
        // Findings whose old agency text needs matching to the register (ADR 0388): the coordinator's list, a manager's refusal, resolving one.
        Read("FindingAgencyService.ToResolveAsync", w => w.Db.Get<FindingAgencyService>().ToResolveAsync(), AuditActions.List,
            FindingAgencyService.ListEntity, NoReview),
        new("FindingAgencyService.ToResolveAsync", w => w.Manager, w => w.Db.Get<FindingAgencyService>().ToResolveAsync(), AuditActions.List,
            FindingAgencyService.ListEntity, NoReview, AuditOutcome.Denied),
        Change("FindingAgencyService.ResolveAsync", async w => Ok(await w.Db.Get<FindingAgencyService>().ResolveAsync(w.Finding, new ResolveAgencyInput
        {
            OtherAgency = true, AgencyNote = "Tenants' association", Version = await w.VersionOfAsync<Finding>(w.Finding),
        })), AuditActions.Update, "Finding", "AgencyName", null, "Tenants' association"),

        // Areas for final development from a QA letter (the outcome itself is written straight to the database, unaudited).
        Change("QaDevelopmentAreaService.AddAsync", async w =>
        {
            await QaLetter.GiveOutcomeAsync(w.Db, w.Review);
            w.Made["QaArea"] = Ok(await w.Db.Get<QaDevelopmentAreaService>().AddAsync(w.Review,
                new QaAreaInput { Number = 1, Text = "Say how the family was involved.", RaisedOn = QaLetter.Dated }));
        }, AuditActions.Create, QaDevelopmentAreaService.Entity, "Text", null, "Say how the family was involved."),
        Change("QaDevelopmentAreaService.UpdateAsync", async w => Ok(await w.Db.Get<QaDevelopmentAreaService>().UpdateAsync(w.Review, w.Made["QaArea"],
            new QaAreaInput { Number = 2, Text = "Say how the family was involved.", RaisedOn = QaLetter.Dated, Version = await w.VersionOfAsync<QaDevelopmentArea>(w.Made["QaArea"]) })),
            AuditActions.Update, QaDevelopmentAreaService.Entity, "Number", "1", "2"),
        Change("QaDevelopmentAreaService.MarkDoneAsync", async w => Ok(await w.Db.Get<QaDevelopmentAreaService>().MarkDoneAsync(w.Review, w.Made["QaArea"],
            new QaAreaDoneInput { DoneOn = Today, HowAddressed = "A section on the family was added.", Version = await w.VersionOfAsync<QaDevelopmentArea>(w.Made["QaArea"]) })),
            AuditActions.Update, QaDevelopmentAreaService.Entity, "DoneOn", null, "2026-11-26"),
        Change("QaDevelopmentAreaService.ReopenAsync", async w => Ok(await w.Db.Get<QaDevelopmentAreaService>().ReopenAsync(w.Review, w.Made["QaArea"],
            await w.VersionOfAsync<QaDevelopmentArea>(w.Made["QaArea"]))),
            AuditActions.Update, QaDevelopmentAreaService.Entity, "HowAddressed", "A section on the family was added.", null),

        // The action plan and progress on it.
        Change("ActionPlanService.AddRecommendationAsync", async w => w.Made["Recommendation2"] = Ok(await w.Db.Get<ActionPlanService>().AddRecommendationAsync(w.Review,
            new RecommendationInput { Number = 2, Text = "Share risk assessments with housing.", Scope = RecommendationScope.Local, MadeOn = new DateOnly(2026, 10, 1) })),
            AuditActions.Create, "Recommendation", "Text", null, "Share risk assessments with housing."),
        Change("ActionPlanService.UpdateRecommendationAsync", async w => Ok(await w.Db.Get<ActionPlanService>().UpdateRecommendationAsync(w.Review, w.Made["Recommendation2"],
            new RecommendationInput
            {
                Number = 2, Text = "Share risk assessments with housing providers.", Scope = RecommendationScope.Local, MadeOn = new DateOnly(2026, 10, 1),
                Version = await w.VersionOfAsync<Recommendation>(w.Made["Recommendation2"]),
            })), AuditActions.Update, "Recommendation", "Text", "Share risk assessments with housing.", "Share risk assessments with housing providers."),
        Change("ActionPlanService.AddActionAsync", w => Done(w.Db.Get<ActionPlanService>().AddActionAsync(w.Made["Recommendation2"], NewAction(w.Housing))),
            AuditActions.Create, "ActionItem", "LeadOfficer", null, "Head of Safeguarding"),
        Change("ActionPlanService.UpdateActionAsync", async w =>
        {
            var input = NewAction(w.Police);
            input.Rag = ActionRag.Amber;
            input.Version = await w.VersionOfAsync<ActionItem>(w.Action);
            Ok(await w.Db.Get<ActionPlanService>().UpdateActionAsync(w.Action, input));
        }, AuditActions.Update, "ActionItem", "Rag", "Green", "Amber"),
        Change("ActionPlanService.CancelActionAsync", async w => Ok(await w.Db.Get<ActionPlanService>().CancelActionAsync(w.ActionToCancel,
            new CancelActionInput { Reason = "Housing already does this.", Version = await w.VersionOfAsync<ActionItem>(w.ActionToCancel) })),
            ActionAuditActions.Cancel, "ActionItem", "Status", "NotStarted", "Cancelled"),
        Change("ActionProgressService.PostUpdateAsync", async w =>
        {
            Ok(await w.Db.Get<ActionProgressService>().PostUpdateAsync(w.Action, new ProgressUpdateInput { Date = Today, Text = "Guidance reissued." }, Pdf()));
            await using var context = w.Db.NewContext();
            w.Made["Evidence"] = await context.ActionEvidence.Where(e => e.ActionId == w.Action).Select(e => e.Id).SingleAsync();
        }, ActionAuditActions.ProgressUpdate, "ActionItem", "Text", null, "Guidance reissued.", who: w => w.PoliceLead),
        Read("ActionProgressService.DownloadEvidenceAsync", w => NotNull(w.Db.Get<ActionProgressService>().DownloadEvidenceAsync(w.Made["Evidence"])),
            AuditActions.Download, "ActionEvidence"),
        Denied("ActionProgressService.DownloadEvidenceAsync", w => Null(w.Db.Get<ActionProgressService>().DownloadEvidenceAsync(w.Made["Evidence"])),
            AuditActions.Download, "ActionEvidence", NoReview),
        Change("ActionProgressService.MarkCompleteAsync", async w => Ok(await w.Db.Get<ActionProgressService>().MarkCompleteAsync(w.Action,
            new CompleteActionInput { Outcome = "All staff trained.", Version = await w.VersionOfAsync<ActionItem>(w.Action) })),
            // "InProgress": the progress update above moved it on from Not started (ADR 0380).
            ActionAuditActions.Complete, "ActionItem", "Status", "InProgress", "Complete", who: w => w.PoliceLead),
        Change("ActionPlanService.SignOffAsync", async w => Ok(await w.Db.Get<ActionPlanService>().SignOffAsync(w.Action,
            await w.VersionOfAsync<ActionItem>(w.Action))), ActionAuditActions.SignOff, "ActionItem", "SignedOffByUserId", null, null, who: w => w.Manager)
            with { Change = null },

        // The partnership's settings and vocabularies (no case content; changes named in Detail).
        new("ThemeTaxonomyService.AddAsync", w => w.Administrator, async w => w.Made["Theme2"] = Ok(await w.Db.Get<ThemeTaxonomyService>().AddAsync(
            new NewThemeInput { CategoryName = (await w.Db.Get<ThemeTaxonomyService>().CategoriesAsync())[0], Name = "Sample theme", Keywords = "sample" })),
            AuditActions.Create, "Theme", NoReview),
        new("ThemeTaxonomyService.UpdateAsync", w => w.Administrator, async w => Ok(await w.Db.Get<ThemeTaxonomyService>().UpdateAsync(w.Made["Theme2"],
            new UpdateThemeInput { Name = "Sample theme two", Keywords = "sample", Version = await w.VersionOfAsync<Theme>(w.Made["Theme2"]) })),
            AuditActions.Update, "Theme", NoReview),
        new("ThemeTaxonomyService.MergeAsync", w => w.Administrator, async w => Ok(await w.Db.Get<ThemeTaxonomyService>().MergeAsync(w.Made["Theme2"],
            new MergeThemesInput { TargetThemeId = w.Theme, Version = await w.VersionOfAsync<Theme>(w.Made["Theme2"]) })),
            AuditActions.Update, "Theme", NoReview),
        new("ThemeTaxonomyService.SetRetiredAsync", w => w.Administrator, async w => Ok(await w.Db.Get<ThemeTaxonomyService>().SetRetiredAsync(w.Theme, true,
            await w.VersionOfAsync<Theme>(w.Theme))), AuditActions.Update, "Theme", NoReview),
        new("AgencyRegister.AddAsync", w => w.Administrator, async w => w.Numbers["Agency"] = Ok(await w.Db.Get<AgencyRegister>().AddAsync(
            new AgencyInput { Name = "Youth Offending Service" })), AuditActions.Create, "Agency", NoReview),
        new("AgencyRegister.UpdateAsync", w => w.Administrator, async w =>
        {
            var id = w.Numbers["Agency"];
            await using var context = w.Db.NewContext();
            var version = await context.Agencies.Where(a => a.Id == id).Select(a => a.Version).SingleAsync();
            Ok(await w.Db.Get<AgencyRegister>().UpdateAsync(id, new AgencyInput { Name = "Youth Justice Service", Version = version }));
        }, AuditActions.Update, "Agency", NoReview),
        new("PartnershipSettingsService.UpdateAsync", w => w.Administrator, async w =>
        {
            var settings = (await w.Db.Get<PartnershipSettingsService>().GetAsync(w.PartnershipId))!;
            settings.AmberWindowDays += 7;
            Ok(await w.Db.Get<PartnershipSettingsService>().UpdateAsync(settings));
        }, AuditActions.Update, "Partnership", NoReview),
        new("TimescaleService.AddAsync", w => w.Administrator, async w => Ok(await w.Db.Get<TimescaleService>().AddAsync(new TimescaleVersionInput
        {
            PartnershipId = w.PartnershipId, EffectiveFrom = new DateOnly(2027, 4, 1), DecisionDueMonths = 1, ReportDueMonths = 12, Reason = "Revised statutory guidance 2027",
        })), AuditActions.Create, TimescaleService.Entity, NoReview),
        Change("RevisedTimetableService.SetAsync", async w => Ok(await w.Db.Get<RevisedTimetableService>().SetAsync(w.Review, new RevisedTimetableInput
        {
            Version = await w.VersionOfAsync<Review>(w.Review), RevisedTargetDate = new DateOnly(2027, 6, 30), Reason = "Inquest listed for May.", AgreedOn = Today,
        })), AuditActions.Update, "Review", "RevisedTargetDate", null, "2027-06-30"),
        new("ReminderDigestService.RunAsync", w => w.Coordinator, w => w.Db.Get<ReminderDigestService>().RunAsync("audit-test"), "Remind",
            ReminderDigestService.Job, NoReview) { RecordedAs = "system" },
        new("SignInAudit.RecordAsync", w => w.Coordinator, w => w.Db.Get<SignInAudit>().RecordAsync(w.Coordinator, true, "password"),
            AuditActions.SignIn, "Account", NoReview),
        new("SignInAudit.RecordEventAsync", w => w.Coordinator, w => w.Db.Get<SignInAudit>().RecordEventAsync(w.Coordinator, AuditActions.PasswordChanged, "changed"),
            AuditActions.PasswordChanged, "Account", NoReview),

        // Legal hold (the reason is case content: in the values, not the detail) and retention, run as the dhr command.
        Change("LegalHoldService.SetAsync", async w => Ok(await w.Db.Get<LegalHoldService>().SetAsync(w.Review,
            new LegalHoldInput { Reason = "Civil claim notified.", Since = Today, Version = await w.VersionOfAsync<Review>(w.Review) })),
            AuditActions.LegalHoldSet, "Review", "LegalHoldReason", null, "Civil claim notified."),
        Change("LegalHoldService.ClearAsync", async w => Ok(await w.Db.Get<LegalHoldService>().ClearAsync(w.Review, await w.VersionOfAsync<Review>(w.Review))),
            AuditActions.LegalHoldCleared, "Review", "LegalHoldReason", "Civil claim notified.", null),
        Read("ImportService.PreviewAsync", w => Done(w.Db.Get<ImportService>().PreviewAsync(History())), AuditActions.ImportPreview, ImportService.Entity,
            NoReview) with { DetailContains = "history.csv: reviews, 1 row; 1 review, 1 victim found" },
        Read("ImportService.ImportAsync", w => Done(w.Db.Get<ImportService>().ImportAsync(History())), AuditActions.Import, ImportService.Entity,
            NoReview) with { DetailContains = "history.csv: reviews, 1 row; 1 review, 1 victim created", AlsoCreatesRecords = true },
        Read("NationalDataService.LoadAsync", w => Done(w.Db.Get<NationalDataService>().LoadAsync(NationalDataFiles.Shipped())), AuditActions.Import,
            NationalDataService.Entity, NoReview, w => w.Administrator) with { DetailContains = "647 incidents, 619 victims, 647 perpetrators loaded" },
        Read("NationalDataService.LoadShippedAsync", w => Done(w.Db.Get<NationalDataService>().LoadShippedAsync()), AuditActions.Import,
            NationalDataService.Entity, NoReview, w => w.Administrator) with { DetailContains = "previous national data replaced" },
        Denied("NationalDataService.LoadAsync", async w => Assert.False((await w.Db.Get<NationalDataService>().LoadAsync(NationalDataFiles.Shipped())).Succeeded),
            AuditActions.Import, NationalDataService.Entity, NoReview),
        Read("BoardReportService.GetAsync", w => Done(w.Db.Get<BoardReportService>().GetAsync()), AuditActions.View, BoardReportService.Entity,
            NoReview) with { DetailContains = "open reviews" },
        Read("BoardReportService.ExportAsync", w => Done(w.Db.Get<BoardReportService>().ExportAsync()), ActionAuditActions.Export,
            BoardReportService.Entity, NoReview) with { DetailContains = "xlsx" },
        new("RetentionService.RunAsync", w => w.Coordinator, w => Done(w.Db.AsInstallation<RetentionService>().RunAsync(dryRun: true)),
            AuditActions.RetentionRun, RetentionService.RunEntity, NoReview) { RecordedAs = DhrCommandIdentity.UserId },

        // Reading the trail itself (ADR 0306): the review's tab, the Administrators' search and CSV.
        Read("AuditReader.ReviewTrailAsync", w => Done(w.Db.Get<AuditReader>().ReviewTrailAsync(w.Review, new AuditSearch(), new PageRequest())),
            AuditActions.View, AuditLabels.TrailEntity),
        Read("AuditReader.SearchAsync", w => Done(w.Db.Get<AuditReader>().SearchAsync(new AuditSearch { Action = AuditActions.View }, new PageRequest())),
            AuditActions.List, AuditLabels.TrailEntity, NoReview, w => w.Administrator) with { DetailContains = "action=View" },
        Read("AuditReader.ExportCsvAsync", w => Done(w.Db.Get<AuditReader>().ExportCsvAsync(new AuditSearch { Action = AuditActions.View })),
            "Export", AuditLabels.TrailEntity, NoReview, w => w.Administrator) with { DetailContains = "action=View" },
        Denied("AuditReader.ReviewTrailAsync", w => Assert.ThrowsAsync<NotFoundException>(() =>
            w.Db.Get<AuditReader>().ReviewTrailAsync(w.Review, new AuditSearch(), new PageRequest())), AuditActions.View, AuditLabels.TrailEntity),
    ];
}
