using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Panel;

/// <summary>
/// One partnership with a coordinator, a manager and a panel member, and two reviews: the panel
/// member sits on <see cref="Sat"/> and not on <see cref="NotSat"/>. Signed in as the coordinator.
/// </summary>
internal sealed record TwoReviews(TestDatabase Db, string Coordinator, string Manager, string PanelMember, Guid Sat, Guid NotSat)
{
    public const string Partnership = "Partnership A";

    public static async Task<TwoReviews> CreateAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync(Partnership, "A DHR");
        var coordinator = await db.CreateUserAsync(Roles.Coordinator, Partnership);
        var manager = await db.CreateUserAsync(Roles.Manager, Partnership);
        var panelMember = await db.CreateUserAsync(Roles.PanelMember, Partnership);
        db.SignInAs(coordinator);
        var sat = await CreateReviewAsync(db, "A DHR1");
        var notSat = await CreateReviewAsync(db, "A DHR2");
        var seat = await db.Get<PanelService>().AddAsync(sat, new PanelMemberInput { UserId = panelMember, Role = PanelRole.Member });
        Assert.True(seat.Succeeded, string.Join("; ", seat.Errors));
        return new TwoReviews(db, coordinator, manager, panelMember, sat, notSat);
    }

    public static Task<Guid> CreateReviewAsync(TestDatabase db, string reference) =>
        CaseFile.NewReviewAsync(db, reference, new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 2));
}
