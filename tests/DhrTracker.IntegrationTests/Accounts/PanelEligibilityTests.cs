using DhrTracker.Core.Accounts;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.IntegrationTests.Panel;

namespace DhrTracker.IntegrationTests.Accounts;

public sealed class PanelEligibilityTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Panel_candidates_leave_out_accounts_kept_off_panels_and_disabled_accounts(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var excluded = await c.Db.CreateUserAsync(Roles.PanelMember, TwoReviews.Partnership);
        var kept = await c.Db.CreateUserAsync(Roles.PanelMember, TwoReviews.Partnership);
        c.Db.SignInAs(await c.Db.CreateUserAsync(Roles.Administrator, TwoReviews.Partnership));
        Assert.True((await c.Db.Get<AccountAdminService>().ChangeAsync(excluded, new ChangeAccountInput { Roles = [Roles.PanelMember], PanelEligible = false })).Succeeded);
        Assert.True((await c.Db.Get<AccountSecurityService>().DisableAsync(c.Manager)).Succeeded);

        c.Db.SignInAs(c.Coordinator);
        var panel = c.Db.Get<PanelService>();
        var candidates = await panel.CandidatesAsync(c.Sat);

        Assert.Equal(new[] { c.Coordinator, kept }.Order(), candidates.Select(x => x.UserId).Order());
        foreach (var userId in new[] { excluded, c.Manager })
        {
            Assert.Equal(nameof(PanelMemberInput.UserId), Assert.Single((await panel.AddAsync(c.Sat, new PanelMemberInput { UserId = userId })).Errors).Field);
        }
    }
}
