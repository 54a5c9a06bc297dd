using DhrTracker.Core.Accounts;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Analytics;
using DhrTracker.Core.Attention;
using DhrTracker.Core.Audit;
using DhrTracker.Core.BoardReports;
using DhrTracker.Core.Briefing;
using DhrTracker.Core.Common;
using DhrTracker.Core.Dashboard;
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
using DhrTracker.Core.Retention;
using DhrTracker.Core.ReviewPrint;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Reviews.Qa;
using DhrTracker.Core.Search;
using DhrTracker.Core.Themes;
using static DhrTracker.IntegrationTests.Infrastructure.Caller;

namespace DhrTracker.IntegrationTests.Access;

/// <summary>
/// R2/R3: every door of every Core service, called as every <see cref="Caller"/>, on both databases.
/// Each line below is one row of the role x operation table: the call, then who is Allowed, who is
/// Refused (may see the record, not change it) and who gets NotFound (the record is not there for them).
/// Denied pairs also prove that nothing was saved and that the denial was audited
/// (<see cref="AccessMatrixWorlds.RunAsync"/>); <see cref="ServiceCoverageTests"/> fails when a public
/// service method has no line here.
/// </summary>
/// <remarks>
/// The doors act on review A1 of <see cref="TestWorld"/> (the chair and the panel member sit on it),
/// its records, its Police actions, and partnership A's settings, themes, agencies and accounts.
/// </remarks>
public sealed class AccessMatrixTests(AccessMatrixWorlds worlds) : IClassFixture<AccessMatrixWorlds>
{
    private static readonly Caller[] Seated = [PanelChair, PanelMember];
    private static readonly Caller[] Managers = [Manager, OwnerAgencyManager];

    /// <summary>Reading a review's case record: its partnership's coordinators and managers, and whoever sits on its panel.</summary>
    private static Outcomes ReadsCase => Outcomes.Allowed([Coordinator, .. Managers, .. Seated]).OthersNotFound();

    /// <summary>Working on a review's case record (people, circumstances, agencies, documents, findings): coordinators and the seated panel.</summary>
    private static Outcomes WorksOnCase => Outcomes.Allowed([Coordinator, .. Seated]).AndRefused(Managers).OthersNotFound();

    /// <summary>Changing the review itself and its panel: coordinators only.</summary>
    private static Outcomes ChangesReview => Outcomes.Allowed(Coordinator).AndRefused([.. Managers, .. Seated]).OthersNotFound();

    /// <summary>Panel meetings: coordinators and the review's chair; the rest of the panel and managers read them (ADR 0363).</summary>
    private static Outcomes ManagesMeetings => Outcomes.Allowed(Coordinator, PanelChair).AndRefused([.. Managers, PanelMember]).OthersNotFound();

    /// <summary>The family and network and their involvement log: coordinators and the review's chair; the rest of the panel and managers read them (ADR 0391).</summary>
    private static Outcomes ManagesFamily => Outcomes.Allowed(Coordinator, PanelChair).AndRefused([.. Managers, PanelMember]).OthersNotFound();

    /// <summary>Writing the plan (recommendations, actions): coordinators and managers; the panel reads it.</summary>
    private static Outcomes ManagesPlan => Outcomes.Allowed([Coordinator, .. Managers]).AndRefused(Seated).OthersNotFound();

    /// <summary>Reading the Police action: whoever reads the review, and the lead of the agency that owns it.</summary>
    private static Outcomes ReadsPoliceAction => ReadsCase.With(Outcome.Allowed, AgencyLead);

    /// <summary>Administering partnership A's accounts and settings: its Administrator and the installation's.</summary>
    private static Outcomes AdministersA => Outcomes.Allowed(Administrator, InstallationAdministrator).OthersNotFound();

    /// <summary>Partnership A's theme taxonomy and agency register: its own Administrator (B's keeps B's; the installation's keeps neither).</summary>
    private static Outcomes OwnAdministratorOfA => Outcomes.Allowed(Administrator).AndNotFound(OtherPartnershipAdministrator).OthersRefused();

    public static readonly IReadOnlyList<Door> Doors =
    [
        // Reviews
        Door.Of<ReviewService>((s, w) => s.SuggestReferenceAsync(default), Outcomes.Allowed(Coordinator, OtherPartnershipCoordinator).OthersNotFound(),
            shown: (r, _) => r is string { Length: > 0 }).Lists(),
        Door.Of<ReviewService>((s, w) => s.CreateAsync(Inputs.NewReview(), default), Outcomes.Allowed(Coordinator, OtherPartnershipCoordinator).OthersRefused()).Writes(),
        Door.Of<ReviewService>((s, w) => s.ListAsync(new ReviewQuery(null, null, null, null, null, null, null, false), new PageRequest(0, 25, null, false), default),
            ReadsCase, shown: (r, w) => ((PagedResult<ReviewListItem>)r!).Items.Any(i => i.Id == w.A1.ReviewId)).Lists(),
        Door.Of<ReviewService>((s, w) => s.CountByStageAsync(default), ReadsCase.With(Outcome.Allowed, OtherPartnershipCoordinator),
            shown: (r, _) => ((IReadOnlyDictionary<ReviewStage, int>)r!).Values.Sum() > 0).Lists(),
        Door.Of<ReviewService>((s, w) => s.GetAsync(w.A1.ReviewId, default), ReadsCase),
        Door.Of<ReviewService>((s, w) => s.TimelineAsync(w.A1.ReviewId, default), ReadsCase),
        // The printed review reads each tab through its own service, so it is open to exactly the review's readers (ADR 0389).
        Door.Of<ReviewPrintService>((s, w) => s.WriteAsync(w.A1.ReviewId, ReviewPrintFormat.Page, default), ReadsCase),
        Door.Of<DashboardService>((s, w) => s.GetAsync(default), ReadsCase.With(Outcome.Allowed, OtherPartnershipCoordinator),
            shown: (r, _) => ((DashboardView)r!).ByStage.Values.Sum() > 0).Lists(),
        // What needs the user (ADR 0390): A1's passed decision date reaches exactly the review's readers.
        Door.Of<AttentionService>((s, w) => s.GetAsync(default), ReadsCase,
            shown: (r, w) => ((IReadOnlyList<AttentionItem>)r!).Any(i => i.Link == $"/reviews/{w.A1.ReviewId}")).Lists(),

        // Search across the record (ADR 0387): each over the reviews they may see; those who read no case record are refused.
        Door.Of<SearchService>((s, w) => s.SearchAsync(new SearchInput { Search = CaseFile.VictimPseudonym }, default),
            Outcomes.Allowed([Coordinator, .. Managers, .. Seated]).AndNotFound(UnseatedPanelMember, OtherPartnershipCoordinator).OthersRefused(),
            shown: (r, w) => ((Result<SearchResult>)r!).Value!.Reviews.Any(x => x.ReviewId == w.A1.ReviewId)).Lists(),

        // The review's lifecycle
        Door.Of<ReviewLifecycleService>((s, w) => s.MoveAsync(w.A1.ReviewId,
            new StageMoveInput { Move = ReviewMove.StartScoping, Version = w.VersionOf<Review>(w.A1.ReviewId) }, default), ChangesReview).Writes(),
        Door.Of<ReviewLifecycleService>((s, w) => s.PauseAsync(w.A1.ReviewId, new PauseReviewInput
        { Version = w.VersionOf<Review>(w.A1.ReviewId), Reason = PauseReason.Inquest, StartDate = new DateOnly(2026, 11, 1) }, default), ChangesReview).Writes(),
        Door.Of<ReviewLifecycleService>((s, w) => s.ResumeAsync(w.A3.ReviewId,
            new ResumeReviewInput { Version = w.VersionOf<Review>(w.A3.ReviewId), EndDate = new DateOnly(2026, 11, 20) }, default), ChangesReview).Writes(),
        Door.Of<ReviewLifecycleService>((s, w) => s.UpdateAsync(w.A1.ReviewId, Inputs.RecordOf(w, w.A1.ReviewId), default), ChangesReview).Writes(),
        Door.Of<ReviewLifecycleService>((s, w) => s.SaveProceedingAsync(w.A1.ReviewId, new ProceedingInput
        { Version = w.VersionOf<Review>(w.A1.ReviewId), Type = ProceedingType.Inquest, Status = ProceedingStatus.NotStarted }, default), ChangesReview).Writes(),
        Door.Of<ReviewLifecycleService>((s, w) => s.RemoveProceedingAsync(w.A1.ReviewId, w.A1.ProceedingId, w.VersionOf<Review>(w.A1.ReviewId), default),
            ChangesReview).Writes(),

        // People
        Door.Of<PeopleReader>((s, w) => s.GetAsync(w.A1.ReviewId, default), ReadsCase),
        Door.Of<VictimService>((s, w) => s.AddAsync(w.A1.ReviewId, new VictimInput { PseudonymChoice = PseudonymChoice.ChosenByPanel, Pseudonym = "Adult Z", AgeAtDeath = 30 }, default), WorksOnCase).Writes(),
        Door.Of<VictimService>((s, w) => s.UpdateAsync(w.A1.ReviewId, w.A1.VictimId,
            new VictimInput { Pseudonym = "Adult Kestrel", AgeAtDeath = 35, Version = w.VersionOf<Victim>(w.A1.VictimId) }, default), WorksOnCase).Writes(),
        Door.Of<VictimService>((s, w) => s.RemoveAsync(w.A1.ReviewId, w.A1.SpareVictimId, w.VersionOf<Victim>(w.A1.SpareVictimId), default), WorksOnCase).Writes(),
        Door.Of<PerpetratorService>((s, w) => s.AddAsync(w.A1.ReviewId, new PerpetratorInput { Pseudonym = "Adult Y" }, default), WorksOnCase).Writes(),
        Door.Of<PerpetratorService>((s, w) => s.UpdateAsync(w.A1.ReviewId, w.A1.PerpetratorId,
            new PerpetratorInput { Pseudonym = "Adult Egret", Version = w.VersionOf<Perpetrator>(w.A1.PerpetratorId) }, default), WorksOnCase).Writes(),
        Door.Of<PerpetratorService>((s, w) => s.RemoveAsync(w.A1.ReviewId, w.A1.SparePerpetratorId, w.VersionOf<Perpetrator>(w.A1.SparePerpetratorId), default),
            WorksOnCase).Writes(),
        Door.Of<RelationshipService>((s, w) => s.AddAsync(w.A1.ReviewId,
            new RelationshipInput { VictimId = w.A1.SpareVictimId, PerpetratorId = w.A1.SparePerpetratorId, Kind = RelationshipKind.SpouseOrCivilPartner }, default),
            WorksOnCase).Writes(),
        Door.Of<RelationshipService>((s, w) => s.RemoveAsync(w.A1.ReviewId, w.A1.RelationshipId, w.VersionOf<Relationship>(w.A1.RelationshipId), default),
            WorksOnCase).Writes(),
        Door.Of<CircumstancesService>((s, w) => s.SaveAsync(w.A1.ReviewId, new CircumstancesInput
        { Version = w.Read(c => c.Circumstances.Where(x => x.ReviewId == w.A1.ReviewId).Select(x => x.Version).Single()), Stalking = true }, default),
            WorksOnCase).Writes(),

        // Agencies of the review, and the partnership's register
        Door.Of<ReviewAgencyService>((s, w) => s.ListAsync(w.A1.ReviewId, default), ReadsCase),
        Door.Of<ReviewAgencyService>((s, w) => s.OverdueAsync(default), ReadsCase,
            shown: (r, w) => ((IReadOnlyList<OverdueSubmission>)r!).Any(o => o.ReviewId == w.A1.ReviewId)).Lists(),
        Door.Of<ReviewAgencyService>((s, w) => s.AddAsync(w.A1.ReviewId, new ReviewAgencyInput { AgencyId = w.Housing }, default), WorksOnCase).Writes(),
        Door.Of<ReviewAgencyService>((s, w) => s.UpdateAsync(w.A1.ReviewId, w.A1.ReviewAgencyId, new ReviewAgencyInput
        { AgencyId = w.Police, ContactWithVictim = true, Version = w.VersionOf<ReviewAgency>(w.A1.ReviewAgencyId) }, default), WorksOnCase).Writes(),
        Door.Of<ReviewAgencyService>((s, w) => s.RemoveAsync(w.A1.ReviewId, w.A1.ReviewAgencyId, w.VersionOf<ReviewAgency>(w.A1.ReviewAgencyId), default),
            WorksOnCase).Writes(),
        Door.Of<AgencyRegister>((s, w) => s.ListAsync(false, default), Outcomes.NotFound(InstallationAdministrator, OtherPartnershipAdministrator,
            OtherPartnershipCoordinator, Anonymous).OthersAllowed(),
            shown: (r, w) => ((IReadOnlyList<AgencyItem>)r!).Any(a => a.Id == w.Police)).Lists(),
        Door.Of<AgencyRegister>((s, w) => s.AddAsync(new AgencyInput { Name = "Probation Service" }, default),
            Outcomes.Allowed(Administrator, OtherPartnershipAdministrator).OthersRefused()).Writes(),
        Door.Of<AgencyRegister>((s, w) => s.UpdateAsync(w.Police, new AgencyInput { Name = "Police Service", Version = w.VersionOf<Agency>(w.Police) }, default),
            OwnAdministratorOfA).Writes(),

        // Letters from templates (ADR 0392): the review's coordinators write them; each partnership's own Administrator keeps its templates
        Door.Of<LetterService>((s, w) => s.OptionsAsync(w.A1.ReviewId, default), ReadsCase),
        Door.Of<LetterService>((s, w) => s.WriteAsync(w.A1.ReviewId, new WriteLettersInput { Kind = LetterKind.FamilyFirstLetter }, default),
            ChangesReview).Writes(),
        Door.Of<LetterTemplateService>((s, w) => s.ListAsync(default), Outcomes.Allowed(Administrator, OtherPartnershipAdministrator).OthersNotFound()),
        Door.Of<LetterTemplateService>((s, w) => s.SaveAsync(new LetterTemplateInput { Kind = LetterKind.ImrRequest, Text = "Dear {{ agency.contact_name }}" }, default),
            Outcomes.Allowed(Administrator, OtherPartnershipAdministrator).OthersRefused()).Writes(),
        Door.Of<LetterTemplateService>((s, w) => s.ResetAsync(LetterKind.QaSubmissionCover, Inputs.QaCoverVersion(w), default),
            Outcomes.Allowed(Administrator, OtherPartnershipAdministrator).OthersRefused()).Writes(),

        // Panel
        Door.Of<PanelService>((s, w) => s.ListAsync(w.A1.ReviewId, default), ReadsCase),
        Door.Of<PanelService>((s, w) => s.CandidatesAsync(w.A1.ReviewId, default), Outcomes.Allowed(Coordinator).OthersNotFound(),
            shown: (r, _) => ((IReadOnlyList<PanelCandidate>)r!).Count > 0),
        Door.Of<PanelService>((s, w) => s.AddAsync(w.A1.ReviewId, new PanelMemberInput { UserId = w[UnseatedPanelMember] }, default), ChangesReview).Writes(),
        Door.Of<PanelService>((s, w) => s.UpdateAsync(w.A1.ReviewId, w.A1.SeatId,
            new PanelMemberInput { Role = PanelRole.Author, Version = w.VersionOf<PanelMembership>(w.A1.SeatId) }, default), ChangesReview).Writes(),
        Door.Of<PanelService>((s, w) => s.RemoveAsync(w.A1.ReviewId, w.A1.SeatId, w.VersionOf<PanelMembership>(w.A1.SeatId), default), ChangesReview).Writes(),

        // Agency requests and panel meetings (issue 13)
        Door.Of<AgencyRequestService>((s, w) => s.ForReviewAsync(w.A1.ReviewId, default), ReadsCase),
        Door.Of<AgencyRequestService>((s, w) => s.ListAsync(new AgencyRequestQuery(true), default), Outcomes.Allowed([Coordinator, .. Managers]).OthersNotFound(),
            shown: (r, w) => ((IReadOnlyList<AgencyRequestRow>)r!).Any(o => o.ReviewId == w.A1.ReviewId)).Lists(),
        Door.Of<AgencyRequestService>((s, w) => s.RequestAsync(w.A1.ReviewId, w.A1.ReviewAgencyId, new AgencyRequestInput
        { Kind = SubmissionKind.Chronology, Requested = new DateOnly(2026, 11, 2), Due = new DateOnly(2026, 11, 30), Version = w.VersionOf<ReviewAgency>(w.A1.ReviewAgencyId) }, default),
            ChangesReview).Writes(),
        Door.Of<AgencyRequestService>((s, w) => s.ChaseAsync(w.A1.ReviewId, w.A1.ReviewAgencyId,
            new AgencyChaseInput { Kind = SubmissionKind.Imr, ChasedOn = new DateOnly(2026, 11, 20) }, default), ChangesReview).Writes(),
        Door.Of<AgencyRequestService>((s, w) => s.ReceiveAsync(w.A1.ReviewId, w.A1.ReviewAgencyId, new AgencyReceiptInput
        { Kind = SubmissionKind.Imr, Received = new DateOnly(2026, 11, 25), Version = w.VersionOf<ReviewAgency>(w.A1.ReviewAgencyId) }, default),
            ChangesReview).Writes(),
        Door.Of<PanelMeetingService>((s, w) => s.ListAsync(w.A1.ReviewId, default), ReadsCase),
        Door.Of<PanelMeetingService>((s, w) => s.NextAsync(w.A1.ReviewId, default), ReadsCase),
        Door.Of<PanelMeetingService>((s, w) => s.InvitationAsync(w.A1.ReviewId, Inputs.MeetingOf(w, false), default), ReadsCase),
        Door.Of<PanelMeetingService>((s, w) => s.AddAsync(w.A1.ReviewId, new PanelMeetingInput { Date = new DateOnly(2027, 1, 14), StartTime = new TimeOnly(10, 0) }, default),
            ManagesMeetings).Writes(),
        Door.Of<PanelMeetingService>((s, w) => s.UpdateAsync(w.A1.ReviewId, Inputs.MeetingOf(w, false), Inputs.Meeting(w, Inputs.MeetingOf(w, false)), default),
            ManagesMeetings).Writes(),
        Door.Of<PanelMeetingService>((s, w) => s.RecordAttendanceAsync(w.A1.ReviewId, Inputs.MeetingOf(w, true), new AttendanceInput
        {
            Version = w.VersionOf<PanelMeeting>(Inputs.MeetingOf(w, true)),
            Entries = new List<AttendanceEntry> { new AttendanceEntry { UserId = w[PanelChair]!, Attendance = Attendance.Attended } },
        }, default), ManagesMeetings).Writes(),
        Door.Of<PanelMeetingService>((s, w) => s.CancelAsync(w.A1.ReviewId, Inputs.MeetingOf(w, false), w.VersionOf<PanelMeeting>(Inputs.MeetingOf(w, false)), default),
            ManagesMeetings).Writes(),
        // The family and network and their involvement (issue 14, ADR 0391)
        Door.Of<FamilyService>((s, w) => s.GetAsync(w.A1.ReviewId, default), ReadsCase),
        Door.Of<FamilyService>((s, w) => s.AddMemberAsync(w.A1.ReviewId, new FamilyMemberInput { Role = NetworkRole.Parent, Pseudonym = "Mother M" }, default),
            ManagesFamily).Writes(),
        Door.Of<FamilyService>((s, w) => s.UpdateMemberAsync(w.A1.ReviewId, w.Family.Friend, new FamilyMemberInput
        { Role = NetworkRole.Friend, Pseudonym = "Friend F", Language = "Welsh", Version = w.VersionOf<FamilyMember>(w.Family.Friend) }, default),
            ManagesFamily).Writes(),
        Door.Of<FamilyService>((s, w) => s.RemoveMemberAsync(w.A1.ReviewId, w.Family.Friend, w.VersionOf<FamilyMember>(w.Family.Friend), default),
            ManagesFamily).Writes(),
        Door.Of<InvolvementService>((s, w) => s.RecordAsync(w.A1.ReviewId, new InvolvementInput
        { Step = InvolvementStep.MetPanel, On = new DateOnly(2026, 11, 20), FamilyMemberId = w.Family.Sister }, default), ManagesFamily).Writes(),
        Door.Of<InvolvementService>((s, w) => s.RemoveAsync(w.A1.ReviewId, w.Family.Contact, w.VersionOf<InvolvementEntry>(w.Family.Contact), default),
            ManagesFamily).Writes(),
        // Areas for final development from the QA letter (ADR 0370): coordinators manage them; the chair may also mark one done
        Door.Of<QaDevelopmentAreaService>((s, w) => s.ListAsync(w.A1.ReviewId, default), ReadsCase),
        Door.Of<QaDevelopmentAreaService>((s, w) => s.AddAsync(w.A1.ReviewId, Inputs.QaArea(3, null), default), ChangesReview).Writes(),
        Door.Of<QaDevelopmentAreaService>((s, w) => s.UpdateAsync(w.A1.ReviewId, w.QaAreaOpen,
            Inputs.QaArea(1, w.VersionOf<QaDevelopmentArea>(w.QaAreaOpen)), default), ChangesReview).Writes(),
        Door.Of<QaDevelopmentAreaService>((s, w) => s.MarkDoneAsync(w.A1.ReviewId, w.QaAreaOpen, new QaAreaDoneInput
        { DoneOn = new DateOnly(2026, 11, 20), HowAddressed = "A section on the family's part was added.", Version = w.VersionOf<QaDevelopmentArea>(w.QaAreaOpen) }, default),
            Outcomes.Allowed(Coordinator, PanelChair).AndRefused([.. Managers, PanelMember]).OthersNotFound()).Writes(),
        Door.Of<QaDevelopmentAreaService>((s, w) => s.ReopenAsync(w.A1.ReviewId, w.QaAreaDone, w.VersionOf<QaDevelopmentArea>(w.QaAreaDone), default),
            ChangesReview).Writes(),

        // Documents
        Door.Of<ReviewDocumentService>((s, w) => s.ListAsync(w.A1.ReviewId, default), ReadsCase),
        Door.Of<ReviewDocumentService>((s, w) => s.UploadAsync(w.A1.ReviewId, new DocumentUploadInput { Kind = DocumentKind.Other, Title = "Note" },
            CaseFile.Pdf(), default), WorksOnCase).Writes(),
        Door.Of<ReviewDocumentService>((s, w) => s.DownloadAsync(w.A1.DocumentVersionId, default), ReadsCase),

        // The real names check of the reports (ADR 0396): whoever reads the review runs it (the words found only as the field
        // table allows); the coordinators, who submit the report, accept a hit with a reason
        Door.Of<NamesCheckService>((s, w) => s.CheckAsync(w.A1.ReviewId, default), ReadsCase),
        Door.Of<NamesCheckService>((s, w) => s.AcceptAsync(w.A1.ReviewId, new NameHitAcceptInput
        { DocumentVersionId = w.NamesReport, PersonId = w.Family.Sister, Detail = HeldDetail.RealName, Location = NamesReportSeed.Location, Reason = "The family asked for it." }, default),
            ChangesReview).Writes(),

        // Findings and learning
        Door.Of<FindingService>((s, w) => s.GetForReviewAsync(w.A1.ReviewId, default), ReadsCase),
        Door.Of<FindingService>((s, w) => s.AddAsync(w.A1.ReviewId, Inputs.Finding(w), default), WorksOnCase).Writes(),
        Door.Of<FindingService>((s, w) => s.UpdateAsync(w.A1.FindingId, Inputs.Finding(w, w.VersionOf<Finding>(w.A1.FindingId)), default),
            WorksOnCase).Writes(),
        Door.Of<FindingService>((s, w) => s.SetKeyThemesAsync(w.A1.ReviewId, new[] { w.ThemeOfA("Stalking and harassment") },
            w.Read(c => c.ReviewThemeSets.Where(t => t.ReviewId == w.A1.ReviewId).Select(t => t.Version).Single()), default), WorksOnCase).Writes(),
        // Drafts of long forms kept as the user types (R23, ADR 0403): whoever may use the form; the world holds no draft to discard
        Door.Of<DraftService>((s, w) => s.KeepAsync(DraftKey.Adding(w.A1.ReviewId, DraftForm.Finding), "{\"Narrative\":\"typed\"}", default), WorksOnCase).Writes(),
        Door.Of<DraftService>((s, w) => s.ListMineAsync(w.A1.ReviewId, DraftForm.Finding, default), WorksOnCase),
        Door.Of<DraftService>((s, w) => s.DiscardAsync(DraftKey.Adding(w.A1.ReviewId, DraftForm.Finding), default), WorksOnCase),
        // ... and each other form's draft follows that form's own rule (ADR 0406): the plan, the family's log, the review's details
        .. DraftDoors(DraftForm.Recommendation, ManagesPlan),
        .. DraftDoors(DraftForm.InvolvementEntry, ManagesFamily),
        .. DraftDoors(DraftForm.ReviewRecord, ChangesReview),
        // Matching findings' old agency text to the register (ADR 0388): the partnership's coordinators; the panel changes a finding's agency on the finding
        Door.Of<FindingAgencyService>((s, w) => s.ToResolveAsync(default), Outcomes.Allowed(Coordinator).OthersNotFound(),
            shown: (r, w) => ((IReadOnlyList<AgencyToResolve>)r!).Any(f => f.FindingId == w.UnmatchedFinding)).Lists(),
        Door.Of<FindingAgencyService>((s, w) => s.CountToResolveAsync(default), Outcomes.Allowed(Coordinator).OthersNotFound(),
            shown: (r, _) => (int)r! > 0).Lists(),
        Door.Of<FindingAgencyService>((s, w) => s.ResolveAsync(w.UnmatchedFinding,
            new ResolveAgencyInput { AgencyId = w.Police, Version = w.VersionOf<Finding>(w.UnmatchedFinding) }, default), ChangesReview).Writes(),
        Door.Of<ThemeLearningService>((s, w) => s.CountsAsync(default),
            Outcomes.Allowed([Coordinator, .. Managers, .. Seated, OtherPartnershipCoordinator]).OthersNotFound(),
            shown: (r, _) => ((ThemeCountsReport)r!).ReviewsCounted > 0).Lists(),
        Door.Of<ThemeLearningService>((s, w) => s.DrillDownAsync(w.ThemeOfA("Coercive control"), null, default),
            Outcomes.Allowed([Coordinator, .. Managers, .. Seated, UnseatedPanelMember]).OthersNotFound()),
        Door.Of<AnalyticsService>((s, w) => s.GetAsync(AnalyticsQuery.AllTime, default),
            Outcomes.Allowed([Coordinator, .. Managers, .. Seated, UnseatedPanelMember, OtherPartnershipCoordinator]).OthersRefused()),
        Door.Of<ThemeTaxonomyService>((s, w) => s.ListAsync(default), Outcomes.Allowed(Administrator, OtherPartnershipAdministrator).OthersNotFound(),
            shown: (r, _) => ((IReadOnlyList<ThemeAdminItem>)r!).Count > 0).Lists(),
        Door.Of<ThemeTaxonomyService>((s, w) => s.CategoriesAsync(default), Outcomes.Allowed(Administrator, OtherPartnershipAdministrator).OthersNotFound(),
            shown: (r, _) => ((IReadOnlyList<string>)r!).Count > 0).Lists(),
        Door.Of<ThemeTaxonomyService>((s, w) => s.AddAsync(new NewThemeInput { CategoryName = "Children", Name = "Child witnesses" }, default),
            Outcomes.Allowed(Administrator, OtherPartnershipAdministrator).OthersRefused()).Writes(),
        Door.Of<ThemeTaxonomyService>((s, w) => s.UpdateAsync(w.ThemeOfA("Coercive control"),
            new UpdateThemeInput { Name = "Coercive and controlling behaviour", Version = w.VersionOf<Theme>(w.ThemeOfA("Coercive control")) }, default),
            OwnAdministratorOfA).Writes(),
        Door.Of<ThemeTaxonomyService>((s, w) => s.SetRetiredAsync(w.ThemeOfA("Economic abuse"), true, w.VersionOf<Theme>(w.ThemeOfA("Economic abuse")), default),
            OwnAdministratorOfA).Writes(),
        Door.Of<ThemeTaxonomyService>((s, w) => s.MergeAsync(w.ThemeOfA("Economic abuse"),
            new MergeThemesInput { TargetThemeId = w.ThemeOfA("Coercive control"), Version = w.VersionOf<Theme>(w.ThemeOfA("Economic abuse")) }, default),
            OwnAdministratorOfA).Writes(),

        // Action plan
        Door.Of<ActionPlanService>((s, w) => s.GetAsync(w.A1.ReviewId, default), ReadsCase),
        Door.Of<ActionPlanService>((s, w) => s.AddRecommendationAsync(w.A1.ReviewId, Inputs.Recommendation(2, null), default), ManagesPlan).Writes(),
        Door.Of<ActionPlanService>((s, w) => s.UpdateRecommendationAsync(w.A1.ReviewId, w.A1.RecommendationId,
            Inputs.Recommendation(1, w.VersionOf<Recommendation>(w.A1.RecommendationId)), default), ManagesPlan).Writes(),
        Door.Of<ActionPlanService>((s, w) => s.AddActionAsync(w.A1.RecommendationId, CaseFile.NewAction(w.Police, new DateOnly(2027, 6, 30)), default),
            ManagesPlan).Writes(),
        Door.Of<ActionPlanService>((s, w) => s.UpdateActionAsync(w.A1.PoliceAction, Inputs.ActionOf(w, w.A1.PoliceAction), default),
            ManagesPlan.With(Outcome.Refused, AgencyLead)).Writes(),
        Door.Of<ActionPlanService>((s, w) => s.CancelActionAsync(w.A1.PoliceAction,
            new CancelActionInput { Reason = "No longer needed.", Version = w.VersionOf<ActionItem>(w.A1.PoliceAction) }, default),
            ManagesPlan.With(Outcome.Refused, AgencyLead)).Writes(),
        Door.Of<ActionPlanService>((s, w) => s.SignOffAsync(w.A1.DoneAction, w.VersionOf<ActionItem>(w.A1.DoneAction), default),
            Outcomes.Allowed(Manager).AndRefused([Coordinator, OwnerAgencyManager, .. Seated, AgencyLead]).OthersNotFound()).Writes(),
        Door.Of<ActionProgressService>((s, w) => s.MyActionsAsync(default), Outcomes.Allowed(AgencyLead, OtherAgencyLead).OthersNotFound(),
            shown: (r, _) => ((IReadOnlyList<ActionRow>)r!).Count > 0).Lists(),
        Door.Of<ActionProgressService>((s, w) => s.GetAsync(w.A1.PoliceAction, default), ReadsPoliceAction),
        Door.Of<ActionProgressService>((s, w) => s.PostUpdateAsync(w.A1.PoliceAction,
            new ProgressUpdateInput { Date = new DateOnly(2026, 11, 26), Text = "Progress." }, CaseFile.Pdf(), default),
            ManagesPlan.With(Outcome.Allowed, AgencyLead)).Writes(),
        Door.Of<ActionProgressService>((s, w) => s.MarkCompleteAsync(w.A1.PoliceAction,
            new CompleteActionInput { Outcome = "Done.", Version = w.VersionOf<ActionItem>(w.A1.PoliceAction) }, default),
            ManagesPlan.With(Outcome.Allowed, AgencyLead)).Writes(),
        Door.Of<ActionProgressService>((s, w) => s.DownloadEvidenceAsync(w.A1.EvidenceId, default), ReadsPoliceAction),
        Door.Of<ActionDashboardService>((s, w) => s.SummaryAsync(default), ReadsPoliceAction,
            shown: (r, w) => ((ActionDashboardView)r!).Agencies.Any(a => a.AgencyId == w.Police)).Lists(),
        Door.Of<ActionDashboardService>((s, w) => s.ListAsync(new ActionQuery(null, null, null, null, null, false, false, null), new PageRequest(0, 25, null, false), default),
            ReadsPoliceAction, shown: (r, w) => ((PagedResult<ActionRow>)r!).Items.Any(a => a.Id == w.A1.PoliceAction)).Lists(),
        Door.Of<ActionExportService>((s, w) => s.ExportAsync(new ActionQuery(null, null, null, null, null, false, false, null), ExportFormat.Csv, default),
            ReadsPoliceAction, shown: (r, w) => System.Text.Encoding.UTF8.GetString(((DhrTracker.Core.Files.FileContent)r!).Bytes).Split('\n').Any(l => l.Contains("A DHR1") && l.Contains("Police"))).Lists(),
        Door.Of<ActionSnapshotService>((s, w) => s.AsAtAsync(new DateOnly(2026, 11, 26), null, default), ReadsPoliceAction,
            shown: (r, w) => ((ActionSnapshot)r!).Actions.Any(a => a.Id == w.A1.PoliceAction)).Lists(),

        // Bringing history in: partnership A's Coordinators (and the dhr command, which no caller here is)
        Door.Of<ImportService>((s, w) => s.PreviewAsync(Inputs.ImportReviews(w), null, default), Outcomes.Allowed(Coordinator).OthersRefused()),
        Door.Of<ImportService>((s, w) => s.ImportAsync(Inputs.ImportReviews(w), null, default), Outcomes.Allowed(Coordinator).OthersRefused()).Writes(),

        // The 7-minute briefing: partnership A's Coordinators and Managers (and the dhr command, which no caller here is)
        Door.Of<BriefingService>((s, w) => s.WriteAsync(new BriefingRequest(w.PartnershipA, null, null), default),
            Outcomes.Allowed([Coordinator, .. Managers]).OthersRefused()),

        // National reference data (issue 12): installation-wide, no case content. Any Administrator loads it; its status is
        // also readable by whoever sees the learning pages (ADR 0330).
        Door.Of<NationalDataService>((s, w) => s.LoadAsync(NationalDataFiles.Shipped(), default),
            Outcomes.Allowed(Administrator, OtherPartnershipAdministrator, InstallationAdministrator).OthersRefused()).Writes(),
        Door.Of<NationalDataService>((s, w) => s.LoadShippedAsync(default),
            Outcomes.Allowed(Administrator, OtherPartnershipAdministrator, InstallationAdministrator).OthersRefused()).Writes(),
        Door.Of<NationalDataService>((s, w) => s.StatusAsync(default),
            Outcomes.Allowed([Coordinator, .. Managers, .. Seated, UnseatedPanelMember, OtherPartnershipCoordinator,
                Administrator, OtherPartnershipAdministrator, InstallationAdministrator]).OthersRefused()),
        // The board's quarterly report: the partnership's Coordinators and Managers (each their own partnership's)
        Door.Of<BoardReportService>((s, w) => s.GetAsync(default), Outcomes.Allowed([Coordinator, .. Managers, OtherPartnershipCoordinator]).OthersRefused()),
        Door.Of<BoardReportService>((s, w) => s.ExportAsync(default), Outcomes.Allowed([Coordinator, .. Managers, OtherPartnershipCoordinator]).OthersRefused()),

        // Partnership settings
        Door.Of<PartnershipReader>((s, w) => s.CurrentNameAsync(default),
            Outcomes.NotFound(InstallationAdministrator, OtherPartnershipAdministrator, OtherPartnershipCoordinator, Anonymous).OthersAllowed(),
            shown: (r, _) => (string?)r == TestWorld.A).Lists(),
        Door.Of<PartnershipSettingsService>((s, w) => s.ManageableAsync(default), AdministersA,
            shown: (r, w) => ((IReadOnlyList<PartnershipSummary>)r!).Any(p => p.Id == w.PartnershipA)).Lists(),
        Door.Of<PartnershipSettingsService>((s, w) => s.GetAsync(w.PartnershipA, default), AdministersA),
        Door.Of<PartnershipSettingsService>((s, w) => s.UpdateAsync(Inputs.SettingsOf(w), default), AdministersA).Writes(),
        // Issue 13, clocks: timescale versions, the review-type label, an agreed revised timetable.
        Door.Of<TimescaleService>((s, w) => s.AddAsync(Inputs.Timescale(w), default), AdministersA).Writes(),
        Door.Of<TimescaleService>((s, w) => s.ReachesAsync(w.PartnershipA, new DateOnly(2026, 1, 1), default), AdministersA),
        Door.Of<PartnershipReader>((s, w) => s.CurrentLabelAsync(default),
            Outcomes.NotFound(InstallationAdministrator, OtherPartnershipAdministrator, OtherPartnershipCoordinator, Anonymous).OthersAllowed(),
            shown: (r, _) => ((PartnershipLabel?)r)?.Name == TestWorld.A).Lists(),
        Door.Of<RevisedTimetableService>((s, w) => s.SetAsync(w.A1.ReviewId, Inputs.RevisedTimetable(w), default), ChangesReview).Writes(),

        // Legal hold, retention and the audit trail itself
        Door.Of<LegalHoldService>((s, w) => s.SetAsync(w.A1.ReviewId,
            new LegalHoldInput { Reason = "Civil claim notified.", Since = new DateOnly(2026, 11, 20), Version = w.VersionOf<Review>(w.A1.ReviewId) }, default),
            ChangesReview).Writes(),
        Door.Of<LegalHoldService>((s, w) => s.ClearAsync(w.A1.ReviewId, w.VersionOf<Review>(w.A1.ReviewId), default), ChangesReview),
        Door.Of<RetentionService>((s, w) => s.RunAsync(false, default), Outcomes.Everyone(Outcome.Refused)),
        Door.Of<AuditVerifier>((s, w) => s.VerifyAsync(default), Outcomes.Allowed(InstallationAdministrator).OthersRefused()),
        Door.Of<AuditReader>((s, w) => s.ReviewTrailAsync(w.A1.ReviewId, new AuditSearch(), new PageRequest(), default), ChangesReview),
        Door.Of<AuditReader>((s, w) => s.SearchAsync(new AuditSearch(), new PageRequest(), default),
            Outcomes.Allowed(Administrator, OtherPartnershipAdministrator, InstallationAdministrator).OthersRefused()),
        Door.Of<AuditReader>((s, w) => s.ExportCsvAsync(new AuditSearch(), default),
            Outcomes.Allowed(Administrator, OtherPartnershipAdministrator, InstallationAdministrator).OthersRefused()),

        // Accounts
        Door.Of<AccountAdminService>((s, w) => s.ListAsync(new AccountQuery(null, null, null, null), default), AdministersA,
            shown: (r, w) => ((IReadOnlyList<AccountRow>)r!).Any(a => a.UserId == w.Invited)).Lists(),
        Door.Of<AccountAdminService>((s, w) => s.GetAsync(w.Invited, default), AdministersA),
        Door.Of<AccountAdminService>((s, w) => s.PartnershipOptionsAsync(default), AdministersA,
            shown: (r, w) => ((IReadOnlyList<AccountPartnershipOption>)r!).Any(p => p.Id == w.PartnershipA)).Lists(),
        Door.Of<AccountAdminService>((s, w) => s.ChangeAsync(w.Invited, new ChangeAccountInput { Roles = new List<string> { Roles.PanelMember } }, default), AdministersA).Writes(),
        Door.Of<AccountInviteService>((s, w) => s.InviteAsync(new InviteAccountInput
        { Email = "another@example.org", DisplayName = "Another Person", Role = Roles.PanelMember, PartnershipId = w.PartnershipA }, TestWorld.LinkBase, default),
            AdministersA).Writes(),
        Door.Of<AccountInviteService>((s, w) => s.ResendInvitationAsync(w.Invited, TestWorld.LinkBase, default), AdministersA).Writes(),
        Door.Of<AccountSecurityService>((s, w) => s.DisableAsync(w.Invited, default), AdministersA).Writes(),
        Door.Of<AccountSecurityService>((s, w) => s.EnableAsync(w.Disabled, default), AdministersA).Writes(),
        Door.Of<AccountSecurityService>((s, w) => s.ResetTwoFactorAsync(w.Invited, default), AdministersA).Writes(),
        Door.Of<AccountSecurityService>((s, w) => s.EndSessionsAsync(w.Invited, default), AdministersA).Writes(),
        Door.Of<InvitationService>((s, w) => s.CheckAsync(w.InvitationToken, default), Outcomes.Everyone(Outcome.Allowed))
            .Open("the invitation link: its token is the credential, whoever (if anyone) is signed in"),
        Door.Of<InvitationService>((s, w) => s.AcceptAsync(w.InvitationToken, Inputs.Password, Inputs.Password, default), Outcomes.Everyone(Outcome.Allowed))
            .Open("the invitation link: its token is the credential, whoever (if anyone) is signed in").Writes(),
    ];

    /// <summary>The three draft doors for a form other than the finding's, each a row of its own.</summary>
    private static Door[] DraftDoors(DraftForm form, Outcomes access) =>
    [
        Door.Of<DraftService>((s, w) => s.KeepAsync(DraftKey.Adding(w.A1.ReviewId, form), "{}", default), access).Variant(form.ToString()).Writes(),
        Door.Of<DraftService>((s, w) => s.ListMineAsync(w.A1.ReviewId, form, default), access).Variant(form.ToString()),
        Door.Of<DraftService>((s, w) => s.DiscardAsync(DraftKey.Adding(w.A1.ReviewId, form), default), access).Variant(form.ToString()),
    ];

    public static TheoryData<DatabaseProvider, string, Caller, Outcome> Matrix()
    {
        var data = new TheoryData<DatabaseProvider, string, Caller, Outcome>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.SqlServer })
        {
            foreach (var door in Doors)
            {
                foreach (var (caller, outcome) in door.Expected.OrderBy(e => e.Key))
                {
                    data.Add(provider, door.Name, caller, outcome);
                }
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(Matrix))]
    public Task Each_caller_gets_exactly_its_outcome_and_a_refusal_saves_nothing_but_its_audit_row(DatabaseProvider provider, string door,
        Caller caller, Outcome expected)
    {
        var row = Doors.Single(d => d.Name == door);
        Assert.Equal(expected, row.Expected[caller]);
        return worlds.RunAsync(provider, row, caller);
    }
}
