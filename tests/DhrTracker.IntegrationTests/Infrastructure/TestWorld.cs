using DhrTracker.Core.Accounts;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>Everyone the access tests sign in as: each role of partnership A, and the outsiders.</summary>
public enum Caller
{
    Coordinator,
    PanelChair,
    PanelMember,
    UnseatedPanelMember,
    Manager,
    OwnerAgencyManager,
    AgencyLead,
    OtherAgencyLead,
    Administrator,
    OtherPartnershipAdministrator,
    InstallationAdministrator,
    OtherPartnershipCoordinator,
    NoRole,
    Anonymous,
}

/// <summary>
/// The partnership aggregate's one builder: partnerships A and B with an account for every
/// <see cref="Caller"/>, and (unless <c>cases: false</c>) the case files every access test needs.
/// </summary>
/// <remarks>
/// A1 has the chair and the panel member seated; A2 only a manager (so it has a seat of its own); A3 is A1's twin, paused (for
/// resuming) with the same seats; B1 belongs to partnership B (its coordinator seated). Every review carries one record of each
/// child type (<see cref="CaseFile"/>). A's Administrator has invited one account (<see cref="Invited"/>,
/// with its link's token) and disabled another. Police managers and leads belong to the agency that
/// owns A1's Police actions; the other lead to Housing. Nobody is signed in when it is returned.
/// </remarks>
public sealed class TestWorld : IAsyncDisposable
{
    public const string A = "Partnership A";
    public const string B = "Partnership B";
    public const string LinkBase = "https://dhr.example.org/";

    private readonly Dictionary<Caller, string?> users = [];

    private TestWorld(TestDatabase db) => Db = db;

    public TestDatabase Db { get; }
    public int PartnershipA { get; private set; }
    public int PartnershipB { get; private set; }
    public int Police { get; private set; }
    public int Housing { get; private set; }
    public CaseFile A1 { get; private set; } = null!;
    public CaseFile A2 { get; private set; } = null!;
    public CaseFile A3 { get; private set; } = null!;
    public CaseFile B1 { get; private set; } = null!;
    public string Invited { get; private set; } = "";
    public string InvitationToken { get; private set; } = "";
    public string Disabled { get; private set; } = "";

    /// <summary>A1's areas for final development from its QA letter (<see cref="QaLetter.SeedAsync"/>): one open, one done.</summary>
    public Guid QaAreaOpen { get; private set; }

    /// <summary>A finding on A1 whose agency is text from before the register that matched no register name (ADR 0388).</summary>
    public Guid UnmatchedFinding { get; private set; }
    public Guid QaAreaDone { get; private set; }

    /// <summary>A1's family and network (<see cref="FamilySeed"/>): the sister named in the contact, the friend in no entry.</summary>
    public (Guid Sister, Guid Friend, Guid Contact) Family { get; private set; }

    /// <summary>A1's draft overview report (<see cref="NamesReportSeed"/>), whose first paragraph names the sister: one hit of the names check.</summary>
    public Guid NamesReport { get; private set; }

    public string? this[Caller caller] => users[caller];

    public string Coordinator => users[Caller.Coordinator]!;

    public static async Task<TestWorld> CreateAsync(DatabaseProvider provider, bool cases = true)
    {
        var world = new TestWorld(await TestDatabase.CreateAsync(provider));
        await world.SeedAsync(cases);
        return world;
    }

    /// <summary>A copy of this world's database (SQLite), or a freshly built world (SQL Server); both start signed out.</summary>
    public async Task<TestWorld> CopyAsync()
    {
        if (Db.Copy() is not { } copy)
        {
            return await CreateAsync(Db.Provider, A1 is not null);
        }

        var world = new TestWorld(copy)
        {
            PartnershipA = PartnershipA,
            PartnershipB = PartnershipB,
            Police = Police,
            Housing = Housing,
            A1 = A1,
            A2 = A2,
            A3 = A3,
            B1 = B1,
            Invited = Invited,
            InvitationToken = InvitationToken,
            Disabled = Disabled,
            QaAreaOpen = QaAreaOpen,
            QaAreaDone = QaAreaDone,
            UnmatchedFinding = UnmatchedFinding,
            Family = Family,
            NamesReport = NamesReport,
        };
        foreach (var (caller, id) in users)
        {
            world.users[caller] = id;
        }

        return world;
    }

    /// <summary>The version a page would have shown for the row with this id (read now, so earlier changes in the same world count).</summary>
    public Guid VersionOf<TEntity>(Guid id) where TEntity : class
    {
        using var context = Db.NewContext();
        return context.Set<TEntity>().Where(e => EF.Property<Guid>(e, "Id") == id).Select(e => EF.Property<Guid>(e, "Version")).Single();
    }

    public Guid VersionOf<TEntity>(int id) where TEntity : class
    {
        using var context = Db.NewContext();
        return context.Set<TEntity>().Where(e => EF.Property<int>(e, "Id") == id).Select(e => EF.Property<Guid>(e, "Version")).Single();
    }

    /// <summary>Reads something from the database now, e.g. a record to build a form's input from.</summary>
    public T Read<T>(Func<AppDbContext, T> query)
    {
        using var context = Db.NewContext();
        return query(context);
    }

    /// <summary>A theme of partnership A's taxonomy, by name.</summary>
    public Guid ThemeOfA(string name) => Read(c => c.Themes.Where(t => t.Name == name && t.PartnershipId == PartnershipA)
        .Select(t => t.Id).Single());

    public void SignInAs(Caller caller) => Db.SignInAs(users[caller]);

    public ValueTask DisposeAsync() => Db.DisposeAsync();

    private async Task SeedAsync(bool cases)
    {
        var db = Db;
        PartnershipA = await db.CreatePartnershipAsync(A, "A DHR");
        PartnershipB = await db.CreatePartnershipAsync(B, "B DHR");
        Police = await CaseFile.AgencyIdAsync(db, PartnershipA, "Police");
        Housing = await CaseFile.AgencyIdAsync(db, PartnershipA, "Housing");
        users[Caller.Coordinator] = await db.CreateUserAsync(Roles.Coordinator, A, "coordinator.a@example.org");
        users[Caller.PanelChair] = await db.CreateUserAsync(Roles.PanelMember, A, "chair.a@example.org");
        users[Caller.PanelMember] = await db.CreateUserAsync(Roles.PanelMember, A, "panel.a@example.org");
        users[Caller.UnseatedPanelMember] = await db.CreateUserAsync(Roles.PanelMember, A, "unseated.a@example.org");
        users[Caller.Manager] = await db.CreateUserAsync(Roles.Manager, A, "manager.a@example.org");
        users[Caller.OwnerAgencyManager] = await db.CreateUserAsync(Roles.Manager, A, "police.manager.a@example.org", agency: "Police");
        users[Caller.AgencyLead] = await db.CreateUserAsync(Roles.AgencyLead, A, "police.lead.a@example.org", agency: "Police");
        users[Caller.OtherAgencyLead] = await db.CreateUserAsync(Roles.AgencyLead, A, "housing.lead.a@example.org", agency: "Housing");
        users[Caller.Administrator] = await db.CreateUserAsync(Roles.Administrator, A, "admin.a@example.org");
        users[Caller.OtherPartnershipAdministrator] = await db.CreateUserAsync(Roles.Administrator, B, "admin.b@example.org");
        users[Caller.InstallationAdministrator] = await db.CreateUserAsync(Roles.Administrator, null, "admin@example.org");
        users[Caller.OtherPartnershipCoordinator] = await db.CreateUserAsync(Roles.Coordinator, B, "coordinator.b@example.org");
        users[Caller.NoRole] = await NoRoleUserAsync();
        users[Caller.Anonymous] = null;

        if (cases)
        {
            (string, PanelRole)[] seats = [(users[Caller.PanelMember]!, PanelRole.Member), (users[Caller.PanelChair]!, PanelRole.Chair)];
            A1 = await CaseFile.CreateAsync(db, Coordinator, PartnershipA, "A DHR1", seats);
            await MeetingsAsync(db, A1.ReviewId);
            A2 = await CaseFile.CreateAsync(db, Coordinator, PartnershipA, "A DHR2", (users[Caller.Manager]!, PanelRole.Member));
            A3 = await CaseFile.CreateAsync(db, Coordinator, PartnershipA, "A DHR3", seats);
            var paused = await db.Get<DhrTracker.Core.Reviews.ReviewLifecycleService>().PauseAsync(A3.ReviewId, new()
            {
                Version = await CaseFile.VersionOfReviewAsync(db, A3.ReviewId),
                Reason = DhrTracker.Core.Reviews.PauseReason.Inquest,
                StartDate = new DateOnly(2026, 11, 1),
            });
            CaseFile.Ok(paused);
            B1 = await CaseFile.CreateAsync(db, users[Caller.OtherPartnershipCoordinator]!, PartnershipB, "B DHR1",
                (users[Caller.OtherPartnershipCoordinator]!, PanelRole.Member));
            (QaAreaOpen, QaAreaDone) = await QaLetter.SeedAsync(db, A1.ReviewId);
            UnmatchedFinding = await UnmatchedFindingAsync(db, A1.ReviewId);
            Family = await FamilySeed.SeedAsync(db, A1.ReviewId);
            NamesReport = await NamesReportSeed.SeedAsync(db, A1.ReviewId, Coordinator);
            // Each partnership's own QA cover letter (ADR 0392), so resetting it to the shipped text has something to remove.
            foreach (var admin in new[] { Caller.Administrator, Caller.OtherPartnershipAdministrator })
            {
                db.SignInAs(users[admin]);
                CaseFile.Ok(await db.Get<DhrTracker.Core.Letters.LetterTemplateService>().SaveAsync(new DhrTracker.Core.Letters.LetterTemplateInput
                { Kind = DhrTracker.Core.Letters.LetterKind.QaSubmissionCover, Text = "Dear Panel members,\n\n{{ review.reference }}" }));
            }
        }

        db.SignInAs(users[Caller.Administrator]);
        var invites = db.Get<AccountInviteService>();
        Invited = CaseFile.Ok(await invites.InviteAsync(NewPerson("new.person@example.org"), LinkBase));
        InvitationToken = db.Mail.LastTokenFor("new.person@example.org");
        Disabled = CaseFile.Ok(await invites.InviteAsync(NewPerson("disabled.person@example.org"), LinkBase));
        CaseFile.Ok(await db.Get<AccountSecurityService>().DisableAsync(Disabled));
        db.SignInAs(null);
    }

    /// <summary>Written straight to the table, as the upgrade leaves such a finding: the services only write register agencies or Other.</summary>
    private async Task<Guid> UnmatchedFindingAsync(TestDatabase db, Guid reviewId)
    {
        await using var context = db.NewContext();
        var finding = new DhrTracker.Core.Findings.Finding
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Type = DhrTracker.Core.Findings.FindingType.OtherLearning,
            AgencyName = "Police constabulary",
            Narrative = "Officers attended twice in the final month.",
            CreatedByUserId = Coordinator,
        };
        context.Findings.Add(finding);
        await context.SaveChangesAsync();
        return finding.Id;
    }

    /// <summary>A1's panel meetings (issue 13): one held on 20 Nov 2026, one to come on 3 Dec 2026 (the access matrix finds them by date).</summary>
    private static async Task MeetingsAsync(TestDatabase db, Guid reviewId)
    {
        var meetings = db.Get<PanelMeetingService>();
        foreach (var date in new DateOnly[] { new(2026, 11, 20), new(2026, 12, 3) })
        {
            CaseFile.Ok(await meetings.AddAsync(reviewId, new PanelMeetingInput { Date = date, StartTime = new(10, 0), Location = "Room 4" }));
        }
    }

    public static InviteAccountInput NewPerson(string email, string role = Roles.Coordinator) => new()
    {
        Email = email,
        DisplayName = "Sample Person",
        Role = role,
    };

    /// <summary>An account whose only role was taken away: signed in, but entitled to nothing.</summary>
    private async Task<string> NoRoleUserAsync()
    {
        var id = await Db.CreateUserAsync(Roles.Coordinator, A, "norole.a@example.org");
        var accounts = Db.Get<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        await accounts.RemoveFromRoleAsync((await accounts.FindByIdAsync(id))!, Roles.Coordinator);
        return id;
    }
}
