using DhrTracker.Core.Accounts;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Accounts;

/// <summary>Roles, agency and panel eligibility: R5 (no self-promotion) and R6 (changes apply at once).</summary>
public sealed class AccountChangeTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Changing_roles_agency_and_panel_eligibility_renews_the_security_stamp_and_audits_before_and_after(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var stampBefore = (await w.AccountAsync(w.Coordinator)).SecurityStamp;
        var police = await w.AgencyIdAsync(w.PartnershipA, "Police");

        var result = await w.Admin.ChangeAsync(w.Coordinator, new ChangeAccountInput { Roles = [Roles.Manager, Roles.Coordinator], AgencyId = police, PanelEligible = false });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var account = await w.AccountAsync(w.Coordinator);
        Assert.Equal((police, true), (account.AgencyId, account.ExcludedFromPanels));
        Assert.NotEqual(stampBefore, account.SecurityStamp);
        Assert.Equal([Roles.Coordinator, Roles.Manager], await w.RolesOfAsync(w.Coordinator));
        var row = Assert.Single(await w.AuditOfAsync(w.Coordinator));
        Assert.Equal((AccountAuditActions.AccountChanged, w.AdminA, AuditOutcome.Succeeded), (row.Action, row.UserId, row.Outcome));
        Assert.Equal("Roles: Coordinator -> Coordinator, Manager; Agency: (none) -> Police; Panel eligible: yes -> no", row.Detail);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_removed_role_stops_the_persons_writes_at_once(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        Assert.True((await w.Admin.ChangeAsync(w.Coordinator, new ChangeAccountInput { Roles = [Roles.PanelMember] })).Succeeded);

        w.Db.SignInAs(w.Coordinator);
        var refused = await w.Db.Get<ReviewService>().CreateAsync(new NewReviewInput { Reference = "A DHR1", DateOfDeath = new(2026, 11, 1), DateNotified = new(2026, 11, 2) });

        Assert.False(refused.Succeeded);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_unchanged_form_writes_nothing(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var state = await w.StateAsync();

        var result = await w.Admin.ChangeAsync(w.Coordinator, ChangeAccountInput.From((await w.Admin.GetAsync(w.Coordinator))!));

        Assert.True(result.Succeeded);
        Assert.Equal(state, await w.StateAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_administrator_cannot_change_their_own_roles(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        await w.Db.CreateUserAsync(Roles.Administrator, AccountWorld.A); // so the last-administrator rule is not what refuses
        var state = await w.StateAsync();

        var result = await w.Admin.ChangeAsync(w.AdminA, new ChangeAccountInput { Roles = [Roles.Administrator, Roles.Coordinator] });

        Assert.Equal(("Roles", "You cannot change your own roles: ask another Administrator."), (Assert.Single(result.Errors).Field, result.Errors[0].Message));
        Assert.Equal(state, await w.StateAsync());
        Assert.True((await w.Admin.GetAsync(w.AdminA))!.IsYou);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_last_active_administrator_of_a_partnership_keeps_the_role(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        w.Db.SignInAs(w.InstallationAdmin);
        var state = await w.StateAsync();

        var result = await w.Admin.ChangeAsync(w.AdminA, new ChangeAccountInput { Roles = [Roles.Coordinator] });

        Assert.Contains("last active Administrator", Assert.Single(result.Errors).Message);
        Assert.Equal(state, await w.StateAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_agency_lead_needs_an_agency(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var state = await w.StateAsync();

        var result = await w.Admin.ChangeAsync(w.Coordinator, new ChangeAccountInput { Roles = [Roles.AgencyLead] });

        Assert.Equal(("AgencyId", AccountRoleRules.AgencyNeeded), (Assert.Single(result.Errors).Field, result.Errors[0].Message));
        Assert.Equal(state, await w.StateAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_agency_of_another_partnership_is_refused(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var otherPolice = await w.AgencyIdAsync(w.PartnershipB, "Police");
        var state = await w.StateAsync();

        var result = await w.Admin.ChangeAsync(w.Coordinator, new ChangeAccountInput { Roles = [Roles.AgencyLead], AgencyId = otherPolice });

        Assert.Equal(("AgencyId", AccountRoleRules.AgencyNotOnRegister), (Assert.Single(result.Errors).Field, result.Errors[0].Message));
        Assert.Equal(state, await w.StateAsync());
    }

    [Fact]
    public async Task An_agency_lead_holds_no_other_role()
    {
        await using var w = await AccountWorld.CreateAsync(DatabaseProvider.Sqlite);
        var police = await w.AgencyIdAsync(w.PartnershipA, "Police");

        var result = await w.Admin.ChangeAsync(w.Coordinator, new ChangeAccountInput { Roles = [Roles.AgencyLead, Roles.Coordinator], AgencyId = police });

        Assert.Equal(("Roles", AccountRoleRules.AgencyLeadAlone), (Assert.Single(result.Errors).Field, result.Errors[0].Message));
    }

    [Fact]
    public async Task An_installation_wide_account_can_only_be_an_administrator()
    {
        await using var w = await AccountWorld.CreateAsync(DatabaseProvider.Sqlite);
        var second = await w.Db.CreateUserAsync(Roles.Administrator, null);

        w.Db.SignInAs(w.InstallationAdmin);
        var result = await w.Admin.ChangeAsync(second, new ChangeAccountInput { Roles = [Roles.Administrator, Roles.Coordinator] });

        Assert.Equal("Roles", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task A_partnership_administrator_cannot_reach_an_account_of_another_partnership()
    {
        await using var w = await AccountWorld.CreateAsync(DatabaseProvider.Sqlite);
        var coordinatorB = await w.Db.CreateUserAsync(Roles.Coordinator, AccountWorld.B);

        Assert.Null(await w.Admin.GetAsync(coordinatorB));
        Assert.DoesNotContain(await w.Admin.ListAsync(new AccountQuery()), r => r.UserId == coordinatorB);
        await Assert.ThrowsAsync<NotFoundException>(() => w.Admin.ChangeAsync(coordinatorB, new ChangeAccountInput { Roles = [Roles.Manager] }));

        Assert.Equal([Roles.Coordinator], await w.RolesOfAsync(coordinatorB));
        var denials = await w.AuditOfAsync(coordinatorB);
        Assert.Equal([(AuditActions.View, AuditOutcome.Denied, w.AdminA), (AccountAuditActions.AccountChanged, AuditOutcome.Denied, w.AdminA)],
            denials.Select(d => (d.Action, d.Outcome, d.UserId)));
    }
}
