using DhrTracker.Core.Actions;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Common;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Family;
using DhrTracker.Core.Files;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Audit;

/// <summary>
/// One review with something of every kind on it, for the audit coverage table: victim "Adult A",
/// perpetrator "Adult P", their relationship, the Police involvement, a seated panel member, a finding,
/// a document, a recommendation with a Police action (its lead is <see cref="PoliceLead"/>) and a second
/// action to cancel. A second partnership's coordinator (<see cref="Outsider"/>) sees none of it.
/// Signed in as the coordinator. Synthetic data only.
/// </summary>
internal sealed class AuditCoverageWorld(TestDatabase db) : IAsyncDisposable
{
    public const string Partnership = "Audit Partnership";

    public TestDatabase Db { get; } = db;
    public string Coordinator { get; private set; } = "";
    public string Manager { get; private set; } = "";
    public string PoliceLead { get; private set; } = "";
    public string PanelMember { get; private set; } = "";
    public string SecondPanelMember { get; private set; } = "";
    public string Administrator { get; private set; } = "";
    public string Outsider { get; private set; } = "";
    public int PartnershipId { get; private set; }
    public int Police { get; private set; }
    public int Housing { get; private set; }
    public Guid Review { get; private set; }
    public Guid Victim { get; private set; }
    public Guid Perpetrator { get; private set; }
    public Guid Seat { get; private set; }
    public Guid Finding { get; private set; }
    public Guid DocumentVersion { get; private set; }

    /// <summary>A brother with a real name, written to the table, and a draft overview report naming him: one hit of the names check (ADR 0396).</summary>
    public Guid Brother { get; private set; }

    public Guid NamesReport { get; private set; }
    public Guid Recommendation { get; private set; }
    public Guid Action { get; private set; }
    public Guid ActionToCancel { get; private set; }
    public Guid Theme { get; private set; }

    /// <summary>Ids made by earlier rows of the table, for the rows that change or remove them.</summary>
    public Dictionary<string, Guid> Made { get; } = [];

    public Dictionary<string, int> Numbers { get; } = [];

    public static async Task<AuditCoverageWorld> CreateAsync(DatabaseProvider provider)
    {
        var w = new AuditCoverageWorld(await TestDatabase.CreateAsync(provider));
        var db = w.Db;
        w.PartnershipId = await db.CreatePartnershipAsync(Partnership, "AU DHR");
        await db.CreatePartnershipAsync("Other Partnership", "OT DHR");
        w.Coordinator = await db.CreateUserAsync(Roles.Coordinator, Partnership);
        w.Manager = await db.CreateUserAsync(Roles.Manager, Partnership);
        w.PoliceLead = await db.CreateUserAsync(Roles.AgencyLead, Partnership, agency: "Police");
        w.PanelMember = await db.CreateUserAsync(Roles.PanelMember, Partnership);
        w.SecondPanelMember = await db.CreateUserAsync(Roles.PanelMember, Partnership);
        w.Administrator = await db.CreateUserAsync(Roles.Administrator, Partnership);
        w.Outsider = await db.CreateUserAsync(Roles.Coordinator, "Other Partnership");
        await using (var context = db.NewContext())
        {
            w.Police = await context.Agencies.Where(a => a.PartnershipId == w.PartnershipId && a.Name == "Police").Select(a => a.Id).SingleAsync();
            w.Housing = await context.Agencies.Where(a => a.PartnershipId == w.PartnershipId && a.Name == "Housing").Select(a => a.Id).SingleAsync();
            w.Theme = await context.Themes.Where(t => t.PartnershipId == w.PartnershipId).OrderBy(t => t.Name).Select(t => t.Id).FirstAsync();
        }

        db.SignInAs(w.Coordinator);
        w.Review = Ok(await db.Get<ReviewService>().CreateAsync(new NewReviewInput
        {
            Reference = "AU DHR1",
            DateOfDeath = new DateOnly(2026, 2, 20),
            DateNotified = new DateOnly(2026, 3, 2),
        }));
        w.Victim = Ok(await db.Get<VictimService>().AddAsync(w.Review, new VictimInput { PseudonymChoice = PseudonymChoice.ChosenByPanel, Pseudonym = "Adult A", AgeAtDeath = 34 }));
        w.Perpetrator = Ok(await db.Get<PerpetratorService>().AddAsync(w.Review, new PerpetratorInput { Pseudonym = "Adult P", Age = 40 }));
        Ok(await db.Get<RelationshipService>().AddAsync(w.Review,
            new RelationshipInput { VictimId = w.Victim, PerpetratorId = w.Perpetrator, Kind = RelationshipKind.SpouseOrCivilPartner }));
        Ok(await db.Get<ReviewAgencyService>().AddAsync(w.Review, new ReviewAgencyInput { AgencyId = w.Police, ContactWithVictim = true }));
        w.Seat = Ok(await db.Get<PanelService>().AddAsync(w.Review, new PanelMemberInput { UserId = w.PanelMember, Role = PanelRole.Member }));
        w.Finding = Ok(await db.Get<FindingService>().AddAsync(w.Review,
            new FindingInput { Type = FindingType.MissedOpportunity, Narrative = "The risk assessment was not repeated after the second report.", ThemeIds = [w.Theme] }));
        w.DocumentVersion = Ok(await db.Get<ReviewDocumentService>().UploadAsync(w.Review,
            new DocumentUploadInput { Kind = DocumentKind.Imr, Title = "Police IMR" }, Pdf()));
        await using (var context = db.NewContext())
        {
            context.Add(new FamilyMember { Id = w.Brother = Guid.NewGuid(), ReviewId = w.Review, Role = NetworkRole.Sibling, Pseudonym = "Brother B", RealName = "Sample Brothername" });
            await context.SaveChangesAsync();
        }

        w.NamesReport = await NamesReportSeed.SeedAsync(db, w.Review, w.Coordinator, "Sample Brothername");
        var plan = db.Get<ActionPlanService>();
        w.Recommendation = Ok(await plan.AddRecommendationAsync(w.Review, new RecommendationInput
        {
            Number = 1,
            Text = "Agencies should repeat risk assessments after every reported assault.",
            Scope = RecommendationScope.Local,
            MadeOn = new DateOnly(2026, 10, 1),
        }));
        w.Action = Ok(await plan.AddActionAsync(w.Recommendation, NewAction(w.Police)));
        w.ActionToCancel = Ok(await plan.AddActionAsync(w.Recommendation, NewAction(w.Housing)));
        return w;
    }

    public static ActionInput NewAction(int agency) => new()
    {
        Description = "Revise the risk assessment guidance.",
        OwnerAgencyId = agency,
        LeadOfficer = "Head of Safeguarding",
        LeadOfficerEmail = "lead@example.org",
        TargetDate = new DateOnly(2026, 12, 31),
        Status = ActionStatus.NotStarted,
        Rag = ActionRag.Green,
    };

    public static FileUpload Pdf()
    {
        var bytes = "%PDF-1.7\n%%EOF\n"u8.ToArray();
        return new FileUpload("imr.pdf", bytes.Length, new MemoryStream(bytes));
    }

    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value!;
    }

    /// <summary>The stored version of a record, read apart from the services so reading it writes no audit row.</summary>
    public async Task<Guid> VersionOfAsync<T>(Guid id, string key = "Id") where T : class
    {
        await using var context = Db.NewContext();
        return await context.Set<T>().Where(e => EF.Property<Guid>(e, key) == id).Select(e => EF.Property<Guid>(e, "Version")).SingleAsync();
    }

    public async Task<ReviewRecordInput> RecordOfReviewAsync()
    {
        await using var context = Db.NewContext();
        return ReviewRecordInput.From(await context.Reviews.AsNoTracking().SingleAsync(r => r.Id == Review));
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
