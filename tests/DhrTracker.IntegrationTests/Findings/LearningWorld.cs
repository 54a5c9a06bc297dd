using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Themes;

namespace DhrTracker.IntegrationTests.Findings;

/// <summary>
/// Two partnerships with their seeded taxonomies, one account per role in A, a coordinator in B,
/// and reviews A1, A2 (partnership A) and B1 (partnership B).
/// </summary>
public sealed class LearningWorld : IAsyncDisposable
{
    private LearningWorld(TestDatabase db) => Db = db;

    public TestDatabase Db { get; }
    public int PartnershipA { get; private set; }
    public int PartnershipB { get; private set; }
    public string CoordinatorA { get; private set; } = "";
    public string ManagerA { get; private set; } = "";
    public string PanelMemberA { get; private set; } = "";
    public string AdminA { get; private set; } = "";
    public string AgencyLeadA { get; private set; } = "";
    public string CoordinatorB { get; private set; } = "";
    public Guid ReviewA1 { get; private set; }
    public Guid ReviewA2 { get; private set; }
    public Guid ReviewB1 { get; private set; }

    public static async Task<LearningWorld> CreateAsync(DatabaseProvider provider)
    {
        var world = new LearningWorld(await TestDatabase.CreateAsync(provider));
        var db = world.Db;
        world.PartnershipA = await db.CreatePartnershipAsync("Partnership A", "A DHR");
        world.PartnershipB = await db.CreatePartnershipAsync("Partnership B", "B DHR");
        world.CoordinatorA = await db.CreateUserAsync(Roles.Coordinator, "Partnership A");
        world.ManagerA = await db.CreateUserAsync(Roles.Manager, "Partnership A");
        world.PanelMemberA = await db.CreateUserAsync(Roles.PanelMember, "Partnership A");
        world.AdminA = await db.CreateUserAsync(Roles.Administrator, "Partnership A");
        world.AgencyLeadA = await db.CreateUserAsync(Roles.AgencyLead, "Partnership A");
        world.CoordinatorB = await db.CreateUserAsync(Roles.Coordinator, "Partnership B");
        db.SignInAs(world.CoordinatorA);
        world.ReviewA1 = await world.NewReviewAsync("A DHR1");
        world.ReviewA2 = await world.NewReviewAsync("A DHR2");
        db.SignInAs(world.CoordinatorB);
        world.ReviewB1 = await world.NewReviewAsync("B DHR1");
        return world;
    }

    public FindingService Findings => Db.Get<FindingService>();

    public async Task<Guid> ThemeAsync(string name, int? partnershipId = null)
    {
        await using var context = Db.NewContext();
        return (await ThemeLookup.FindThemeAsync(context, partnershipId ?? PartnershipA, name))!.Id;
    }

    public static FindingInput Input(params Guid[] themes) => new()
    {
        Type = FindingType.MissedOpportunity,
        Narrative = "Reports of controlling behaviour were treated as a verbal dispute.",
        PeriodOrEvent = "Call-out, June",
        ThemeIds = [.. themes],
    };

    /// <summary>The id of a register agency of the review's partnership (every partnership starts with the default register).</summary>
    public async Task<int> AgencyAsync(string name, Guid reviewId)
    {
        await using var context = Db.NewContext();
        return await context.Agencies
            .Where(a => a.Name == name && context.Reviews.Any(r => r.Id == reviewId && r.PartnershipId == a.PartnershipId))
            .Select(a => a.Id).SingleAsync();
    }

    /// <summary>Adds a finding naming the register's Police as the given user and asserts it was saved.</summary>
    public async Task<Guid> AddFindingAsync(string userId, Guid reviewId, params Guid[] themes)
    {
        Db.SignInAs(userId);
        var input = Input(themes);
        input.AgencyId = await AgencyAsync("Police", reviewId);
        var result = await Findings.AddAsync(reviewId, input);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value;
    }

    private Task<Guid> NewReviewAsync(string reference) =>
        CaseFile.NewReviewAsync(Db, reference, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 3));

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
