using DhrTracker.Core.Actions;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Data;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Reviews;

/// <summary>ADR 0386: every change to a review's records writes one timeline line, naming what changed, never the case content.</summary>
public sealed class TimelineLinesTests
{
    private const string Partnership = "Partnership A";

    /// <summary>Everything the case file and these tests type that a reader of the timeline may not be allowed to see.</summary>
    private static readonly string[] CaseContent =
    [
        CaseFile.VictimPseudonym, "Adult Heron", "Adult Wren", "Adult Crane", "controlling behaviour", "Call-out, June",
        "risk is assessed", "risk assessment guidance", "Head of Safeguarding", "Police IMR", "imr.pdf", "All staff trained",
        "Guidance drafted", "Superseded", "Partner",
    ];

    private sealed record Setup(TestDatabase Db, CaseFile Case, string Chair, string ChairName, string Manager) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Db.DisposeAsync();

        public async Task<List<ReviewEvent>> LinesAsync()
        {
            await using var context = Db.NewContext();
            return await context.ReviewEvents.Where(e => e.ReviewId == Case.ReviewId).OrderBy(e => e.Id).ToListAsync();
        }

        /// <summary>Makes the change and returns the one line it wrote; fails if it wrote none or several.</summary>
        public async Task<string> OneLineAsync(Func<Task> change)
        {
            var before = (await LinesAsync()).Count;
            await change();
            var lines = await LinesAsync();
            Assert.Equal(before + 1, lines.Count);
            return lines[^1].Note!;
        }
    }

    private static async Task<Setup> CreateAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var partnership = await db.CreatePartnershipAsync(Partnership, "A DHR");
        var coordinator = await db.CreateUserAsync(Roles.Coordinator, Partnership);
        var manager = await db.CreateUserAsync(Roles.Manager, Partnership);
        var chair = await db.CreateUserAsync(Roles.PanelMember, Partnership);
        var file = await CaseFile.CreateAsync(db, coordinator, partnership, "A DHR1", (chair, PanelRole.Chair));
        await using var context = db.NewContext();
        var name = await context.Users.Where(u => u.Id == chair).Select(u => u.DisplayName).SingleAsync();
        return new Setup(db, file, chair, name, manager);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Building_a_case_file_writes_one_plain_line_per_record_and_no_case_content(DatabaseProvider provider)
    {
        await using var s = await CreateAsync(provider);

        var lines = (await s.LinesAsync()).Where(e => e.Kind is not (ReviewEventKind.Created or ReviewEventKind.Moved)).ToList();

        Assert.Equal(
        [
            "Victim added", "Perpetrator added", "Victim added", "Perpetrator added", "Relationship added",
            "Police added to the review's agencies",
            $"{s.ChairName} joined the panel as chair",
            "Finding added: missed opportunity", "Key themes of the review changed",
            "Recommendation 1 added", "Action 1.1 (Police) added", "Action 1.2 (Housing) added", "Action 1.3 (Police) added",
            "Action 1.3 (Police) marked complete",
            "Document added: IMR",
        ], lines.Select(l => l.Note));
        Assert.All(lines, l => Assert.Equal(s.Case.ReviewId, l.ReviewId));
        AssertNoCaseContent(lines);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Changes_and_removals_each_write_one_line_naming_what_changed(DatabaseProvider provider)
    {
        await using var s = await CreateAsync(provider);
        var reviewId = s.Case.ReviewId;
        var victim = (await s.Db.Get<PeopleReader>().GetAsync(reviewId))!.Victims.Single(v => v.Id == s.Case.VictimId).Details;
        victim.AgeAtDeath = 35;

        var notes = new List<string>
        {
            await s.OneLineAsync(async () => CaseFile.Ok(await s.Db.Get<VictimService>().UpdateAsync(reviewId, s.Case.VictimId, victim))),
            await s.OneLineAsync(async () => CaseFile.Ok(await s.Db.Get<VictimService>().RemoveAsync(reviewId, s.Case.SpareVictimId,
                await VersionAsync(s.Db, c => c.Victims.Where(v => v.Id == s.Case.SpareVictimId).Select(v => v.Version))))),
            await s.OneLineAsync(async () => CaseFile.Ok(await s.Db.Get<RelationshipService>().RemoveAsync(reviewId, s.Case.RelationshipId,
                await VersionAsync(s.Db, c => c.Relationships.Where(r => r.Id == s.Case.RelationshipId).Select(r => r.Version))))),
            await s.OneLineAsync(async () => CaseFile.Ok(await s.Db.Get<PerpetratorService>().RemoveAsync(reviewId, s.Case.SparePerpetratorId,
                await VersionAsync(s.Db, c => c.Perpetrators.Where(p => p.Id == s.Case.SparePerpetratorId).Select(p => p.Version))))),
            await s.OneLineAsync(async () => CaseFile.Ok(await s.Db.Get<PanelService>().UpdateAsync(reviewId, s.Case.SeatId, new PanelMemberInput
            {
                Role = PanelRole.Author,
                Version = await VersionAsync(s.Db, c => c.PanelMemberships.Where(p => p.Id == s.Case.SeatId).Select(p => p.Version)),
            }))),
            await s.OneLineAsync(async () => CaseFile.Ok(await s.Db.Get<PanelService>().RemoveAsync(reviewId, s.Case.SeatId,
                await VersionAsync(s.Db, c => c.PanelMemberships.Where(p => p.Id == s.Case.SeatId).Select(p => p.Version))))),
            await s.OneLineAsync(async () => CaseFile.Ok(await s.Db.Get<ReviewAgencyService>().RemoveAsync(reviewId, s.Case.ReviewAgencyId,
                await VersionAsync(s.Db, c => c.ReviewAgencies.Where(a => a.Id == s.Case.ReviewAgencyId).Select(a => a.Version))))),
            await s.OneLineAsync(async () => CaseFile.Ok(await s.Db.Get<ReviewDocumentService>().UploadAsync(reviewId,
                new DocumentUploadInput { DocumentId = s.Case.DocumentId, Title = "Police IMR" }, CaseFile.Pdf()))),
            await s.OneLineAsync(async () => CaseFile.Ok(await s.Db.Get<ActionPlanService>().CancelActionAsync(s.Case.HousingAction,
                new CancelActionInput { Reason = "Superseded by another action." }))),
        };
        s.Db.SignInAs(s.Manager);
        notes.Add(await s.OneLineAsync(async () => CaseFile.Ok(await s.Db.Get<ActionPlanService>().SignOffAsync(s.Case.DoneAction,
            (await s.Db.Get<ActionProgressService>().GetAsync(s.Case.DoneAction))!.Action.Version))));

        Assert.Equal(
        [
            "Victim details changed", "Victim removed", "Relationship removed", "Perpetrator removed",
            $"{s.ChairName} now sits on the panel as author", $"{s.ChairName} left the panel",
            "Police removed from the review's agencies",
            "New version of a document: IMR (version 2)",
            "Action 1.2 (Housing) cancelled", "Action 1.3 (Police) signed off",
        ], notes);
        AssertNoCaseContent(await s.LinesAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_refused_or_empty_change_writes_no_line(DatabaseProvider provider)
    {
        await using var s = await CreateAsync(provider);
        var reviewId = s.Case.ReviewId;
        var before = (await s.LinesAsync()).Count;
        var unchanged = (await s.Db.Get<PeopleReader>().GetAsync(reviewId))!.Victims.Single(v => v.Id == s.Case.VictimId).Details;

        var inRelationship = await s.Db.Get<VictimService>().RemoveAsync(reviewId, s.Case.VictimId,
            await VersionAsync(s.Db, c => c.Victims.Where(v => v.Id == s.Case.VictimId).Select(v => v.Version)));
        var samePseudonym = await s.Db.Get<PerpetratorService>().AddAsync(reviewId, new PerpetratorInput { Pseudonym = CaseFile.VictimPseudonym });
        var listedTwice = await s.Db.Get<ReviewAgencyService>().AddAsync(reviewId,
            new ReviewAgencyInput { AgencyId = await CaseFile.AgencyIdAsync(s.Db, await PartnershipIdAsync(s.Db), "Police") });
        var noReason = await s.Db.Get<ActionPlanService>().CancelActionAsync(s.Case.HousingAction, new CancelActionInput { Reason = " " });
        CaseFile.Ok(await s.Db.Get<VictimService>().UpdateAsync(reviewId, s.Case.VictimId, unchanged));

        Assert.All([inRelationship, samePseudonym, listedTwice, noReason], r => Assert.False(r.Succeeded));
        Assert.Equal(before, (await s.LinesAsync()).Count);
    }

    private static void AssertNoCaseContent(IEnumerable<ReviewEvent> lines)
    {
        foreach (var line in lines.Where(l => l.Note is not null))
        {
            Assert.All(CaseContent, content => Assert.DoesNotContain(content, line.Note!, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static async Task<Guid> VersionAsync(TestDatabase db, Func<AppDbContext, IQueryable<Guid>> query)
    {
        await using var context = db.NewContext();
        return await query(context).SingleAsync();
    }

    private static async Task<int> PartnershipIdAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        return await context.Partnerships.Where(p => p.Name == Partnership).Select(p => p.Id).SingleAsync();
    }
}
