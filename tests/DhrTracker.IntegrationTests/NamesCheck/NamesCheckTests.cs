using DhrTracker.Core.Audit;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Family;
using DhrTracker.Core.Files;
using DhrTracker.Core.Identity;
using DhrTracker.Core.NamesCheck;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using DhrTracker.IntegrationTests.Reviews;
using DhrTracker.Tests.Shared;

namespace DhrTracker.IntegrationTests.NamesCheck;

/// <summary>
/// Issue 14 item 4 (ADR 0396): a report holding a real name does not go for QA or publication until each hit is removed
/// or accepted with a reason; the words found reach only those who may read them; every acceptance is audited.
/// </summary>
public sealed class NamesCheckTests
{
    private const string VictimName = "Rowena Fairweather";
    private const string SisterName = "Imelda Quarrington";

    private sealed record Setup(TestDatabase Db, string Coordinator, string Manager, string Chair, string Author, string Member, Guid ReviewId)
        : IAsyncDisposable
    {
        public NamesCheckService Check => Db.Get<NamesCheckService>();

        public async Task<Guid> UploadAsync(DocumentKind kind, string fileName, byte[] bytes, Guid? documentId = null)
        {
            Db.SignInAs(Coordinator);
            return CaseFile.Ok(await Db.Get<ReviewDocumentService>().UploadAsync(ReviewId,
                new DocumentUploadInput { DocumentId = documentId, Kind = documentId is null ? kind : null, Title = documentId is null ? kind.Display() : "" },
                new FileUpload(fileName, bytes.Length, new MemoryStream(bytes))));
        }

        public async Task<Core.Common.Result<ReviewStage>> SubmitAsync()
        {
            Db.SignInAs(Coordinator);
            var submit = ReviewLifecycleServiceTests.WholeLifecycle().Single(m => m.Move == ReviewMove.SubmitToHomeOffice);
            submit.Version = await CaseFile.VersionOfReviewAsync(Db, ReviewId);
            return await Db.Get<ReviewLifecycleService>().MoveAsync(ReviewId, submit);
        }

        public async Task<ReviewStage> StageAsync()
        {
            await using var c = Db.NewContext();
            return await c.Reviews.Where(r => r.Id == ReviewId).Select(r => r.Stage).SingleAsync();
        }

        public async Task<Guid> AcceptAsync(NameHit hit, string reason = "The family asked for her own name to be used.")
        {
            Db.SignInAs(Coordinator);
            var input = NameHitAcceptInput.For(hit);
            input.Reason = reason;
            return CaseFile.Ok(await Check.AcceptAsync(ReviewId, input));
        }

        public async Task<NamesCheckView> CheckAsAsync(string user)
        {
            Db.SignInAs(user);
            return (await Check.CheckAsync(ReviewId))!;
        }

        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    /// <summary>A review at local sign-off whose victim and sister have real names, the sister an address; chair, author and a member seated.</summary>
    private static async Task<Setup> ReviewAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync("Partnership A", "A DHR");
        var coordinator = await db.CreateUserAsync(Roles.Coordinator, "Partnership A");
        var manager = await db.CreateUserAsync(Roles.Manager, "Partnership A");
        var chair = await db.CreateUserAsync(Roles.PanelMember, "Partnership A");
        var author = await db.CreateUserAsync(Roles.PanelMember, "Partnership A");
        var member = await db.CreateUserAsync(Roles.PanelMember, "Partnership A");
        db.SignInAs(coordinator);
        var reviewId = await CaseFile.NewReviewAsync(db, "A DHR1");
        foreach (var (user, role) in new[] { (chair, PanelRole.Chair), (author, PanelRole.Author), (member, PanelRole.Member) })
        {
            CaseFile.Ok(await db.Get<PanelService>().AddAsync(reviewId, new PanelMemberInput { UserId = user, Role = role }));
        }

        CaseFile.Ok(await db.Get<VictimService>().AddAsync(reviewId,
            new VictimInput { PseudonymChoice = PseudonymChoice.ChosenByPanel, Pseudonym = "Adult A", AgeAtDeath = 41, RealName = VictimName }));
        CaseFile.Ok(await db.Get<FamilyService>().AddMemberAsync(reviewId, new FamilyMemberInput
        {
            Role = NetworkRole.Sibling,
            Pseudonym = "Sister S",
            RealName = SisterName,
            ContactDetails = "14 Larkspur Close, Northbridge NB2 7QT",
        }));
        var lifecycle = db.Get<ReviewLifecycleService>();
        foreach (var move in ReviewLifecycleServiceTests.WholeLifecycle().TakeWhile(m => m.Move != ReviewMove.SubmitToHomeOffice))
        {
            move.Version = await CaseFile.VersionOfReviewAsync(db, reviewId);
            CaseFile.Ok(await lifecycle.MoveAsync(reviewId, move));
        }

        return new Setup(db, coordinator, manager, chair, author, member, reviewId);
    }

    /// <summary>The victim's name in the body, the sister's in a table, her street in the footer.</summary>
    private static byte[] NamedReport(string extra = "") => SampleReports.Docx(
        ["1. Introduction", $"Adult A (Rowe|na Fair|weather) lived with Adult B.{extra}"],
        table: ["Sister S: Imelda Quarrington"], header: "Draft overview report", footer: "Returned to 14 Larkspur Close");

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Submission_for_QA_is_refused_naming_each_report_and_place_but_no_name_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.UploadAsync(DocumentKind.DraftOverviewReport, "draft.docx", NamedReport());
        await s.UploadAsync(DocumentKind.ExecutiveSummary, "summary.pdf", SampleReports.Pdf("Executive summary", "Adult A and Adult B."));
        await using var before = s.Db.NewContext();
        var events = await before.ReviewEvents.CountAsync();

        var result = await s.SubmitAsync();

        Assert.False(result.Succeeded);
        var messages = result.Errors.Select(e => e.Message).ToList();
        Assert.Equal(NamesGate.Heading(ReviewMove.SubmitToHomeOffice), messages[0]);
        Assert.Equal(
            $"Draft overview report 'Draft overview report' (version 1) holds 3 real names or contact details not accepted, at paragraph 2, paragraph 3 (in a table), footer. {NamesGate.Advice}",
            Assert.Single(messages.Skip(1)));
        Assert.DoesNotContain(messages, m => m.Contains("Fairweather") || m.Contains("Quarrington") || m.Contains("Larkspur"));
        Assert.Equal(ReviewStage.LocalSignOff, await s.StageAsync());
        await using var after = s.Db.NewContext();
        Assert.Equal(events, await after.ReviewEvents.CountAsync());
        Assert.False(await after.AuditEntries.AnyAsync(a => a.Action == AuditActions.Move && a.Detail!.StartsWith("SubmitToHomeOffice")));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Once_each_hit_is_accepted_with_a_reason_the_review_goes_for_QA_and_each_acceptance_is_audited_without_the_words_found(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.UploadAsync(DocumentKind.DraftOverviewReport, "draft.docx", NamedReport());
        var hits = (await s.CheckAsAsync(s.Coordinator)).Documents.Single().Hits;

        foreach (var hit in hits)
        {
            await s.AcceptAsync(hit);
        }

        var view = await s.CheckAsAsync(s.Coordinator);
        Assert.True(view.Clear);
        Assert.All(view.Documents.Single().Hits, h => Assert.Equal("The family asked for her own name to be used.", h.Accepted!.Reason));
        Assert.True((await s.SubmitAsync()).Succeeded);
        Assert.Equal(ReviewStage.HomeOfficeQa, await s.StageAsync());

        await using var c = s.Db.NewContext();
        var rows = await c.AuditEntries.Include(a => a.ChangeSet).Where(a => a.EntityType == NamesCheckService.AcceptanceEntity).ToListAsync();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal((AuditActions.Create, AuditOutcome.Succeeded, s.ReviewId), (r.Action, r.Outcome, r.ReviewId!.Value)));
        Assert.All(rows, r => Assert.Contains("The family asked for her own name to be used.", r.ChangeSet!.Values));
        Assert.Contains(rows, r => r.Detail == "DraftOverviewReport version 1, paragraph 2: Victim: Adult A, real name");
        var written = string.Join("\n", rows.Select(r => r.Detail + r.ChangeSet!.Values));
        Assert.DoesNotContain("Fairweather", written);
        Assert.DoesNotContain("Quarrington", written);
        Assert.DoesNotContain("Larkspur", written);
        Assert.Equal(3, await c.ReviewEvents.CountAsync(e => e.Kind == ReviewEventKind.Documents && e.Note!.StartsWith("Real names check")));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_words_found_reach_only_those_who_may_read_that_fact_and_each_run_is_audited(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.UploadAsync(DocumentKind.DraftOverviewReport, "draft.docx", NamedReport());

        string[] Found(NamesCheckView v) => v.Documents.Single().Hits.Select(h => h.Shown).ToArray();

        Assert.Equal([VictimName, SisterName, "14 Larkspur Close"], Found(await s.CheckAsAsync(s.Coordinator)));
        Assert.Equal([VictimName, SisterName, "14 Larkspur Close"], Found(await s.CheckAsAsync(s.Chair)));
        // The author writes the report and reads the victim's name; the family's identity goes to the coordinators and chair (ADR 0391).
        Assert.Equal([VictimName, NameHit.HiddenName, NameHit.HiddenContact], Found(await s.CheckAsAsync(s.Author)));
        foreach (var reader in new[] { s.Member, s.Manager })
        {
            var view = await s.CheckAsAsync(reader);
            Assert.Equal([NameHit.HiddenName, NameHit.HiddenName, NameHit.HiddenContact], Found(view));
            Assert.All(view.Documents.Single().Hits, h => Assert.Null(h.Found));
            Assert.False(view.CanAccept);
            Assert.Equal(["paragraph 2", "paragraph 3 (in a table)", "footer"], view.Documents.Single().Hits.Select(h => h.Location));
        }

        await using var c = s.Db.NewContext();
        var runs = await c.AuditEntries.Where(a => a.EntityType == NamesCheckService.Entity).ToListAsync();
        Assert.Equal(5, runs.Count);
        Assert.All(runs, r => Assert.Equal("1 documents checked; 3 hits not accepted; 0 unreadable", r.Detail));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_perpetrators_real_name_is_found_and_shown_to_the_same_readers_as_the_victims(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        s.Db.SignInAs(s.Coordinator);
        CaseFile.Ok(await s.Db.Get<PerpetratorService>().AddAsync(s.ReviewId, new PerpetratorInput { Pseudonym = "Adult B", RealName = "Desmond Harkaway" }));
        await s.UploadAsync(DocumentKind.ExecutiveSummary, "summary.pdf", SampleReports.Pdf("Executive summary", "Mr Harkaway was arrested."));

        NameHit Hit(NamesCheckView v) => Assert.Single(v.Documents.Single().Hits);

        var seen = Hit(await s.CheckAsAsync(s.Coordinator));
        Assert.Equal(("Perpetrator: Adult B", "page 2", "Harkaway"), (seen.Person, seen.Location, seen.Found));
        Assert.Equal("Harkaway", Hit(await s.CheckAsAsync(s.Author)).Found);
        Assert.Equal(NameHit.HiddenName, Hit(await s.CheckAsAsync(s.Member)).Shown);
        Assert.False((await s.SubmitAsync()).Succeeded);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_reason_is_required_a_hit_the_check_does_not_find_is_refused_and_neither_saves_anything(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.UploadAsync(DocumentKind.DraftOverviewReport, "draft.docx", NamedReport());
        var hit = (await s.CheckAsAsync(s.Coordinator)).Documents.Single().Hits[0];
        s.Db.SignInAs(s.Coordinator);

        var blank = await s.Check.AcceptAsync(s.ReviewId, NameHitAcceptInput.For(hit));
        var elsewhere = NameHitAcceptInput.For(hit);
        elsewhere.Location = "paragraph 1";
        elsewhere.Reason = "Quoted from the inquest.";
        var unknown = await s.Check.AcceptAsync(s.ReviewId, elsewhere);
        s.Db.SignInAs(s.Author);
        var author = NameHitAcceptInput.For(hit);
        author.Reason = "Quoted from the inquest.";
        var notCoordinator = await s.Check.AcceptAsync(s.ReviewId, author);

        Assert.Equal(NameHitAcceptInputValidator.MissingReason, Assert.Single(blank.Errors).Message);
        Assert.Equal(NamesCheckService.Gone, Assert.Single(unknown.Errors).Message);
        Assert.False(notCoordinator.Succeeded);
        await using var c = s.Db.NewContext();
        Assert.Equal(0, await c.Set<NameHitAcceptance>().CountAsync());
        Assert.Equal(1, await c.AuditEntries.CountAsync(a => a.EntityType == NamesCheckService.AcceptanceEntity && a.Outcome == AuditOutcome.Denied));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_new_version_is_checked_afresh_against_the_names_held_now(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var version = await s.UploadAsync(DocumentKind.DraftOverviewReport, "draft.docx", NamedReport());
        foreach (var hit in (await s.CheckAsAsync(s.Coordinator)).Documents.Single().Hits)
        {
            await s.AcceptAsync(hit);
        }

        Guid document;
        await using (var c = s.Db.NewContext())
        {
            document = await c.DocumentVersions.Where(v => v.Id == version).Select(v => v.DocumentId).SingleAsync();
        }

        await s.UploadAsync(DocumentKind.DraftOverviewReport, "draft-v2.docx", NamedReport(" Her friend Tamsin Okonkwo-Reyes gave a statement."), document);
        CaseFile.Ok(await s.Db.Get<FamilyService>().AddMemberAsync(s.ReviewId,
            new FamilyMemberInput { Role = NetworkRole.Friend, Pseudonym = "Friend F", RealName = "Tamsin Okonkwo-Reyes" }));

        var checkedNow = (await s.CheckAsAsync(s.Coordinator)).Documents.Single();

        Assert.Equal(2, checkedNow.Version);
        Assert.Equal(4, checkedNow.Outstanding);
        Assert.Contains(checkedNow.Hits, h => h.Person == "Friend: Friend F" && h.Found == "Tamsin Okonkwo-Reyes");
        Assert.False((await s.SubmitAsync()).Succeeded);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_report_that_cannot_be_read_stops_the_move_with_a_message_saying_what_to_do(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.UploadAsync(DocumentKind.ExecutiveSummary, "summary.pdf", SampleReports.EncryptedPdf());
        await s.UploadAsync(DocumentKind.Imr, "imr.pdf", SampleReports.EncryptedPdf());

        var view = await s.CheckAsAsync(s.Coordinator);
        var result = await s.SubmitAsync();

        var problem = Assert.Single(view.Documents).Problem;
        Assert.StartsWith("It is a password-protected (encrypted) PDF", problem);
        Assert.False(view.Clear);
        Assert.Equal($"Executive summary 'Executive summary' (version 1) could not be checked. {problem}", result.Errors[1].Message);
        Assert.Equal(ReviewStage.LocalSignOff, await s.StageAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Reports_without_real_names_do_not_stop_submission_and_publication_is_checked_too(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.UploadAsync(DocumentKind.TermsOfReference, "tor.pdf", SampleReports.Pdf("Terms of reference", "Adult A, Adult B and Sister S."));
        Assert.True((await s.SubmitAsync()).Succeeded);
        var lifecycle = s.Db.Get<ReviewLifecycleService>();
        var outcome = ReviewLifecycleServiceTests.WholeLifecycle().Single(m => m.Move == ReviewMove.RecordQaOutcome);
        outcome.Version = await CaseFile.VersionOfReviewAsync(s.Db, s.ReviewId);
        CaseFile.Ok(await lifecycle.MoveAsync(s.ReviewId, outcome));
        await s.UploadAsync(DocumentKind.ExecutiveSummary, "summary.docx", SampleReports.Docx(["Summary"], footer: "For Imelda Quarrington"));

        s.Db.SignInAs(s.Coordinator);
        var publish = ReviewLifecycleServiceTests.WholeLifecycle().Single(m => m.Move == ReviewMove.Publish);
        publish.Version = await CaseFile.VersionOfReviewAsync(s.Db, s.ReviewId);
        var published = await lifecycle.MoveAsync(s.ReviewId, publish);

        Assert.Equal(NamesGate.Heading(ReviewMove.Publish), published.Errors[0].Message);
        Assert.Contains("at footer.", published.Errors[1].Message);
        Assert.Equal(ReviewStage.AwaitingPublication, await s.StageAsync());
    }
}
